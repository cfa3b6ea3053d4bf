package extract

import (
	"os"
	"testing"
)

// A news headline that reports on a draft ("... تستخدم حق النقض ضد مشروع
// قرار ...") is no draft resolution; a draft that opens its line with the
// phrase (seed 004, "مشروع قرار إن مجلس الأمن، إذ يشير ...") still is one.
func TestDraftPhraseInHeadline(t *testing.T) {
	for _, c := range []struct {
		path  string
		draft bool
	}{
		{"../testdata/dev2/ar_103_news_20250604_xinhua_gaza_veto.txt", false},
		{"../testdata/seeds/004_b54acdac83ce6a8a.txt", true},
	} {
		b, err := os.ReadFile(c.path)
		if err != nil {
			t.Fatalf("read %s: %v", c.path, err)
		}
		if got := extractString(t, string(b)).Doc.Type == "draft-resolution"; got != c.draft {
			t.Errorf("%s: draft-resolution %v, want %v", c.path, got, c.draft)
		}
	}
}
