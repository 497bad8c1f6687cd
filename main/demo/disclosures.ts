import { consultationInput, disclosureInput, opinionInput, type DisclosureInput } from '../api/disclosures';
import type { WriteContext } from '../audit/audit';
import { wardWorkingDays } from '../calendar/service';
import { saveConsultation, saveOpinion } from '../disclosures/consultations';
import { saveDisclosure } from '../disclosures/service';
import { vietnamDate } from '../runtime/ports';
import { listResidentialGroups } from '../ward/service';

/** The 5th of the month after `today`: the annual plan's next item. */
function fifthOfNextMonth(today: string): string {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 5)).toISOString().slice(0, 10);
}

/**
 * A register that shows each kind of record (K1, K3, K4, K13 posted; a K7 list disclosed late, so its warning
 * shows; one planned for next month) and a closed consultation with three opinions, all dated around today.
 */
export function seedDemoDisclosures(ctx: WriteContext): void {
  const days = wardWorkingDays(ctx.db);
  const today = vietnamDate(ctx.clock.now());
  const read = { db: ctx.db, today, days };
  const year = today.slice(0, 4);
  const ago = (count: number) => days.addCalendarDays(today, -count);
  // Working days after a decision can pass today around Tết: a disclosure is never dated in the future.
  const workingDaysAfter = (from: string, count: number) => {
    const day = days.addWorkingDays(from, count);
    return day > today ? today : day;
  };
  const posted = (decisionDate: string, afterWorkingDays: number, fields: Partial<DisclosureInput> & Pick<DisclosureInput, 'group' | 'title'>) => {
    const disclosedOn = workingDaysAfter(decisionDate, afterWorkingDays);
    const postingTo = fields.postingPermanent ? null : days.addCalendarDays(disclosedOn, 29);
    saveDisclosure(ctx, read, disclosureInput.parse({ status: 'posted', decisionDate, disclosedOn, postingFrom: disclosedOn, postingTo, postedAtHeadquarters: true, owner: 'Hoàng Thị Duyên', ...fields }));
  };
  const groupIds = listResidentialGroups(ctx.db).map((group) => group.id);

  posted(ago(60), 2, { group: 'K4', title: 'Quy chế thực hiện dân chủ ở cơ sở và Quy tắc ứng xử của cán bộ, công chức phường', decisionNumber: '05/QĐ-UBND', channels: ['posting', 'portal'], postingPermanent: true });
  posted(ago(45), 3, { group: 'K1', title: `Kế hoạch phát triển kinh tế - xã hội năm ${year} của phường`, decisionNumber: '12/KH-UBND', channels: ['posting', 'portal'], status: 'ended' });
  posted(ago(25), 1, { group: 'K13', title: 'Danh mục thủ tục hành chính lĩnh vực hộ tịch được sửa đổi, bổ sung', decisionNumber: '18/QĐ-UBND', channels: ['posting', 'portal'], postingPermanent: true, owner: 'Đỗ Văn Hải' });
  posted(ago(20), 10, {
    group: 'K7',
    title: 'Danh sách đối tượng bảo trợ xã hội được hưởng trợ cấp hằng tháng',
    decisionNumber: '21/QĐ-UBND',
    channels: ['posting', 'loudspeaker', 'groupHeads'],
    loudspeakerDays: 3,
    residentialGroupIds: groupIds,
    owner: 'Bùi Thị Hạnh',
    note: 'Công khai chậm do chờ rà soát lại danh sách.',
  });
  posted(ago(12), 3, { group: 'K3', title: `Kế hoạch sử dụng đất năm ${year} của phường`, decisionNumber: '25/QĐ-UBND', channels: ['posting', 'portal'], owner: 'Đặng Quang Khải' });
  posted(ago(8), 2, {
    group: 'K3',
    title: 'Phương án bồi thường, hỗ trợ, tái định cư dự án nâng cấp đường Trần Phú kéo dài',
    decisionNumber: '27/QĐ-UBND',
    channels: ['posting', 'loudspeaker', 'groupHeads'],
    loudspeakerDays: 3,
    residentialGroupIds: groupIds.slice(0, 3),
    owner: 'Đặng Quang Khải',
  });
  saveDisclosure(ctx, read, disclosureInput.parse({
    group: 'K5',
    title: 'Kết quả huy động đóng góp xây dựng nhà văn hóa Tổ dân phố 5',
    status: 'planned',
    plannedOn: fifthOfNextMonth(today),
    channels: ['posting', 'portal'],
    owner: 'Vũ Thị Giang',
  }));
  seedConsultation(ctx, ago);
}

function seedConsultation(ctx: WriteContext, ago: (count: number) => string): void {
  const consultation = saveConsultation(ctx, consultationInput.parse({
    subject: 'dự thảo Kế hoạch chỉnh trang đô thị, lát lại vỉa hè các tuyến phố chính',
    forms: ['meeting', 'portal', 'suggestionBox'],
    startDate: ago(35),
    endDate: ago(10),
    draftPublishedAt: 'Cổng thông tin điện tử phường; bảng tin trụ sở UBND và nhà văn hóa các tổ dân phố',
    synthesis: 'Các ý kiến đều đồng tình với chủ trương; đề nghị làm theo từng đoạn, thông báo trước lịch thi công.',
    synthesisDate: ago(5),
  }));
  const opinions: [string, 'meeting' | 'portal' | 'suggestionBox', string, string, number][] = [
    ['Ông Nguyễn Văn Hùng, Tổ trưởng Tổ dân phố 1', 'meeting', 'Đề nghị thi công từng đoạn để người dân vẫn đi lại, buôn bán được.', 'Tiếp thu: chia thành 4 đoạn, mỗi đoạn không quá 20 ngày.', 30],
    ['Bà Lê Thị Hoa, Tổ dân phố 2', 'portal', 'Đề nghị giữ lại hàng cây xanh trên vỉa hè đường Lê Lợi.', 'Tiếp thu: giữ nguyên hàng cây, chỉ lát lại phần vỉa hè.', 25],
    ['Ý kiến không ghi tên (hòm thư góp ý)', 'suggestionBox', 'Đề nghị miễn đóng góp cho hộ nghèo.', 'Giải trình: kinh phí do ngân sách phường bảo đảm, không huy động đóng góp của hộ dân.', 15],
  ];
  for (const [author, source, content, response, daysAgo] of opinions) {
    saveOpinion(ctx, opinionInput.parse({ consultationId: consultation.id, source, author, content, response, receivedOn: ago(daysAgo) }));
  }
}
