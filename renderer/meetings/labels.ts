import type { AgendaItemKind, MeetingDocumentKind, MeetingStage, VoteMethod } from '../../main/api';

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
