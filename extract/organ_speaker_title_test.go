package extract

import "testing"

// The Assembly's President speaking at a Human Rights Council session gives
// the session no Assembly organ; in a text that names no HRC his title keeps
// naming the Assembly's meeting.
func TestSpeakerTitleIsNoOrgan(t *testing.T) {
	for _, c := range []struct{ name, text, want, not string }{
		// https://jomti.com/article/934-1739984402-mgls-gnyf-yftth-aldor-al-58 (19 February 2025), trimmed
		{"ar-hrc", "جنيف 19 فبراير 2025\nيعقد مجلس حقوق الإنسان التابع للأمم المتحدة دورته العادية الثامنة والخمسين في جنيف، برئاسة سويسرا. وأعلن اليوم الأربعاء بجنيف عن افتتاح الدورة الاثنين المقبل، تتخللها مداخلات لكل من الأمين العام للأمم المتحدة، أنطونيو غوتيريش، ورئيس الجمعية العامة للأمم المتحدة، فيليمون يانغ.\n",
			"meeting:HRC:2025-02-24 org:HRC", "meeting:UNGA:2025-02-24 org:UNGA"},
		// the same sentence with no HRC named: the Assembly's President's Assembly
		{"ar-no-hrc", "جنيف 19 فبراير 2025\nوأعلن اليوم الأربعاء عن افتتاح الدورة الاثنين المقبل، تتخللها مداخلات لكل من الأمين العام للأمم المتحدة، أنطونيو غوتيريش، ورئيس الجمعية العامة للأمم المتحدة، فيليمون يانغ.\n",
			"meeting:UNGA:2025-02-24 org:UNGA", "meeting:HRC:2025-02-24 org:HRC"},
	} {
		got := relationsOf(extractString(t, c.text), PredHeldBy)
		if !got[c.want] || got[c.not] {
			t.Errorf("%s: heldBy %v, want %q and not %q", c.name, got, c.want, c.not)
		}
	}
}
