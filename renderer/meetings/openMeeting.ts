import { useCallback } from 'react';
import { useNavigation } from '../app/navigation';

/**
 * The meeting another screen (search) asked to open. The shell remounts a screen on every navigation and
 * navigation carries no parameters, so the request waits here until the meetings screen takes it.
 */
let requestedMeetingId: number | null = null;

/** Opens one meeting on the meetings screen. */
export function useOpenMeeting(): (meetingId: number) => void {
  const { navigate } = useNavigation();
  return useCallback(
    (meetingId: number) => {
      requestedMeetingId = meetingId;
      navigate('meetings');
    },
    [navigate],
  );
}

/** The requested meeting, once: a later visit to the screen starts from the list again. */
export function takeRequestedMeeting(): number | null {
  const meetingId = requestedMeetingId;
  requestedMeetingId = null;
  return meetingId;
}
