import { boardActivityInput, boardInput, boardMemberInput, boardPlanInput } from '../api/boards';
import type { WriteContext } from '../audit/audit';
import { answerRecommendation, saveActivity, saveBoard, saveMember, savePlan, saveRecommendation } from '../boards/service';
import { wardWorkingDays } from '../calendar/service';
import { vietnamDate } from '../runtime/ports';
import { listResidentialGroups } from '../ward/service';

const inspectors: [string, 'head' | 'deputy' | 'member', string][] = [
  ['Lưu Văn Thành', 'head', 'Cựu chiến binh'],
  ['Hà Thị Mai', 'deputy', 'Hưu trí'],
  ['Quách Văn Sơn', 'member', 'Kinh doanh'],
  ['Mạc Thị Yến', 'member', 'Giáo viên nghỉ hưu'],
  ['Tạ Minh Khoa', 'member', 'Kỹ sư xây dựng'],
];

const roadSupervisors = ['Đinh Văn Lực', 'Kiều Thị Phương', 'Lâm Quốc Bảo', 'Tôn Thị Hằng', 'Phùng Văn Tiến'];

/** The ward's inspection board with one answered recommendation, and a supervision board for a fictional road project. */
export function seedDemoBoards(ctx: WriteContext): void {
  const days = wardWorkingDays(ctx.db);
  const today = vietnamDate(ctx.clock.now());
  const read = { db: ctx.db, today, days };
  const groups = listResidentialGroups(ctx.db);
  const groupId = (index: number) => groups[index % Math.max(groups.length, 1)]?.id ?? null;

  const inspection = saveBoard(ctx, read, boardInput.parse({ kind: 'inspection', from: '2025-01-01', to: '2029-12-31', note: 'Bầu tại các hội nghị tổ dân phố (dữ liệu mẫu).' }));
  inspectors.forEach(([fullName, role, occupation], index) =>
    saveMember(ctx, read, boardMemberInput.parse({ boardId: inspection.id, fullName, role, occupation, residentialGroupId: groupId(index), from: '2025-01-01' })),
  );
  const year = Number(today.slice(0, 4));
  savePlan(ctx, read, boardPlanInput.parse({ boardId: inspection.id, kind: 'year', year, part: null, items: ['Giám sát việc công khai thu, chi ngân sách phường', 'Giám sát việc giải quyết đơn thư của công dân', 'Giám sát thu phí vệ sinh môi trường tại các tổ dân phố'] }));
  const visit = saveActivity(ctx, read, boardActivityInput.parse({
    boardId: inspection.id,
    kind: 'supervision',
    date: days.addCalendarDays(today, -21),
    subject: 'Giám sát việc thu phí vệ sinh môi trường tại tổ dân phố',
    findings: 'Mức thu đúng quy định; chưa niêm yết công khai danh sách hộ đã nộp tại nhà văn hóa.',
  }));
  const recommendation = saveRecommendation(ctx, read, { activityId: visit.id, content: 'Niêm yết công khai danh sách hộ đã nộp phí tại nhà văn hóa các tổ dân phố.' });
  answerRecommendation(ctx, read, { id: recommendation.id, answeredOn: days.addCalendarDays(today, -10), answer: 'UBND phường đã chỉ đạo các tổ dân phố niêm yết danh sách từ tuần này.' });

  const road = saveBoard(ctx, read, boardInput.parse({
    kind: 'investmentSupervision',
    from: days.addCalendarDays(today, -45),
    to: days.addCalendarDays(today, 200),
    projectName: 'Nâng cấp đường Trần Phú kéo dài (giả định)',
    investor: 'Ban Quản lý dự án phường Hòa An',
    projectValue: 6_800_000_000,
  }));
  roadSupervisors.forEach((fullName, index) =>
    saveMember(ctx, read, boardMemberInput.parse({ boardId: road.id, fullName, role: index === 0 ? 'head' : 'member', residentialGroupId: groupId(index), from: road.from })),
  );
}
