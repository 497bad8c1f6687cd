import type { AgendaItemKind, MeetingDocumentKind, MeetingStage, MeetingType, VoteMethod } from '../../main/api';

export const stageLabels: Record<MeetingStage, string> = {
  planned: 'Dự kiến',
  held: 'Đã họp',
  finalized: 'Đã hoàn thiện biên bản',
  correcting: 'Đang đính chính',
};

export const stageColors: Record<MeetingStage, 'default' | 'info' | 'success' | 'warning'> = {
  planned: 'default',
  held: 'info',
  finalized: 'success',
  correcting: 'warning',
};

export const agendaKindLabels: Record<AgendaItemKind, string> = {
  discussion: 'Thảo luận',
  vote: 'Biểu quyết',
  election: 'Bầu cử',
};

export const voteMethodLabels: Record<VoteMethod, string> = {
  showOfHands: 'Giơ tay',
  secretBallot: 'Bỏ phiếu kín',
  householdBallot: 'Phát phiếu lấy ý kiến hộ gia đình',
  online: 'Biểu quyết trực tuyến',
};

/** Ballots are counted by a board whose names the counting minutes carry. */
export const countedByBoard: readonly VoteMethod[] = ['secretBallot', 'householdBallot'];

export const documentKindLabels: Record<MeetingDocumentKind, string> = {
  invitation: 'Giấy mời',
  attendanceSheet: 'Danh sách điểm danh',
  minutes: 'Biên bản',
  decisionRecord: 'Biên bản cuộc họp của cộng đồng dân cư (Mẫu 03)',
  resolution: 'Nghị quyết',
  countingMinutes: 'Biên bản kiểm phiếu',
  consultationSynthesis: 'Tổng hợp ý kiến',
};

/** A sample title per type, shown under the title field of the plan. */
export const titleExamples: Record<MeetingType, string> = {
  residentsMeeting: 'Họp tổ dân phố số 3 bàn về đóng góp làm đường',
  householdBallot: 'Lấy ý kiến hộ gia đình tổ dân phố số 3 về quy ước',
  dialogue: 'Hội nghị đối thoại giữa Chủ tịch UBND phường với Nhân dân năm 2026',
  communityConference: 'Hội nghị tổ dân phố số 3 tổng kết năm 2026',
  voterMeeting: 'Tiếp xúc cử tri trước kỳ họp thứ 5 HĐND phường',
  staffConference: 'Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026',
  inspectionBoardMeeting: 'Họp Ban Thanh tra nhân dân quý I năm 2026',
  other: 'Họp giao ban tháng 3 năm 2026',
};
