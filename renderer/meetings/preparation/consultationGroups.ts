import type { ConsultationComment, MeetingTypeRules } from '../../../main/api';

export interface DepartmentComments {
  department: string;
  comments: ConsultationComment[];
}

export interface TopicComments {
  key: string;
  label: string;
  count: number;
  departments: DepartmentComments[];
}

/** A comment whose topic the rules no longer list (the rules file changed) still shows, under this label. */
export const UNLISTED_TOPIC_LABEL = 'Nội dung khác';

const vietnameseOrder = new Intl.Collator('vi', { sensitivity: 'base' });

/** Comments by Art. 53 topic in the rules' order, then by department in Vietnamese alphabetical order, oldest first. */
export function groupComments(comments: readonly ConsultationComment[], topics: MeetingTypeRules['consultationTopics']): TopicComments[] {
  const listed = topics.map((topic) => ({ key: topic.key, label: topic.label }));
  const unlisted = [...new Set(comments.map((comment) => comment.topic))]
    .filter((key) => !topics.some((topic) => topic.key === key))
    .map((key) => ({ key, label: UNLISTED_TOPIC_LABEL }));
  return [...listed, ...unlisted].map(({ key, label }) => {
    const ofTopic = comments.filter((comment) => comment.topic === key);
    return { key, label, count: ofTopic.length, departments: byDepartment(ofTopic) };
  });
}

function byDepartment(comments: readonly ConsultationComment[]): DepartmentComments[] {
  const departments = [...new Set(comments.map((comment) => comment.department))].sort(vietnameseOrder.compare);
  return departments.map((department) => ({
    department,
    comments: comments
      .filter((comment) => comment.department === department)
      .sort((a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.id - b.id),
  }));
}
