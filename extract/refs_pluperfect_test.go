package extract

import (
	"strings"
	"testing"
)

// An Arabic story announces tomorrow's consultations and retells, in the
// pluperfect, the consultations of the Sunday before ("وكان المجلس، عقد
// جلسة مشاورات مغلقة الأحد"): tomorrow's meeting is the story's own, the
// Sunday's is recalled (johinanews.com/article/228443, 12 October 2023;
// rules in rules/data/pattern/ar-meetings.tsv).
func TestArabicPluperfectMeetingIsRecalled(t *testing.T) {
	text := strings.Join([]string{
		"مشاورات مغلقة لمجلس الأمن بشأن فلسطين الجمعة",
		"12-10-2023",
		"وحسب برنامج المجلس ليوم غد، ستكون الجلسة الساعة العاشرة مساء بتوقيت الأردن تحت عنوان \"الشرق الأوسط\".",
		"وكان المجلس، عقد جلسة مشاورات مغلقة الأحد استمع الأعضاء خلالها إلى إحاطة من المنسق الأممي الخاص بعملية السلام، تور وينسلاند.",
	}, "\n")
	f := extractString(t, text)
	refs, desc := relationsOf(f, PredReferences), relationsOf(f, PredDescribes)
	own, recalled := f.Doc.ID+" meeting:UNSC:2023-10-13", f.Doc.ID+" meeting:UNSC:2023-10-08"
	if !desc[own] || refs[own] {
		t.Errorf("tomorrow's consultations are not the story's own: references %v describes %v", refs, desc)
	}
	if !refs[recalled] || desc[recalled] {
		t.Errorf("Sunday's consultations are not recalled: references %v describes %v", refs, desc)
	}
}
