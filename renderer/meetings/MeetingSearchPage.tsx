import { useOpenMeeting } from './openMeeting';
import { MeetingSearchScreen } from './search/MeetingSearchScreen';

/** The search screen in the navigation: a hit opens its meeting on the meetings screen. */
export function MeetingSearchPage() {
  return <MeetingSearchScreen onOpenMeeting={useOpenMeeting()} />;
}
