package extract

import "testing"

// An Arabic page's stored stamp is its date line: the story's day words are
// dated from it ("مساء اليوم" is the stamp's day), and the stamp itself is a
// {dateline}, so no headline or sentence on its line makes it a meeting's
// day by itself (meeting/date-then-meeting takes no dateline).
func TestArabicPageStampDateline(t *testing.T) {
	// https://www.ennaharonline.com/الفيتو-الأمريكي-يُفشل-مشروع-قرار-لوق-2/
	text := " date 2025-09-18 أخفق مجلس الأمن الدولي، مساء اليوم، في تبني مشروع قرار يدعو إلى وقف إطلاق النار في قطاع غزة، بعد استخدام الولايات المتحدة الأمريكية حق النقض “الفيتو”.\n\n" +
		"وصوّت الأعضاء الـ 14 الآخرون في مجلس الأمن، المكون من 15 دولة، لصالح القرار الذي يدعو أيضا إلى إتاحة وصول المساعدات الإنسانية إلى القطاع المحاصر والمدمر.\n"
	checkMeetingDays(t, []meetingDayCase{{text, []string{"2025-09-18"}, nil}}, "the stamp")
	d := datesDoc(t, text)
	d.lang = "ar"
	if !d.stampDateline(d.dates[0]) {
		t.Errorf("the stamp %v is no date line", d.dates[0])
	}
}
