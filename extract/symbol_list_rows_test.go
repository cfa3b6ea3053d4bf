package extract

import "testing"

// A page listing documents opens each row with a symbol: none is the page's
// own, all are cited.
func TestSymbolListRows(t *testing.T) {
	// https://main.un.org/securitycouncil/en/subsidiary/wgdocs/notes
	text := "Since 1993, the following Notes by the President and Presidential Statements related to the Council’s documentation and other procedural issues have been issued by the Council.\n\n" +
		"S/2024/507 Document PDF\n\nNote by the President of the Security Council\n\n" +
		"13 December 2024The Note incorporates and further develops the notes by the President of the Security Council of  30 August 2017 (S/2017/507), 21 August 2023 (S/2023/612 and S/2023/615) and 1 December 2023 (S/2023/945) by superseding those notes.\n\n" +
		"S/2023/945 Document PDF\n\nNote by the President of the Security Council\n\n" +
		"1 December 2023Consistent with paragraph 111 of the note by the President of the Security Council dated 30 August 2017 (S/2017/507), the Security Council reaffirms its commitment.\n\n" +
		"S/2023/615 Document PDF\n\nNote by the President of the Security Council\n\n21 August 2023\n"
	f := extractString(t, text)
	if f.Doc.Symbol != "" {
		t.Errorf("symbol %q: a list row is not the page's own", f.Doc.Symbol)
	}
	cited := map[string]bool{}
	for _, r := range f.Relations {
		if r.Predicate == PredCites {
			cited[r.Object] = true
		}
	}
	for _, id := range []string{"doc:S/2024/507", "doc:S/2023/945", "doc:S/2023/615", "doc:S/2017/507", "doc:S/2023/612"} {
		if !cited[id] {
			t.Errorf("%s not cited; cites %v", id, cited)
		}
	}
	// A list of releases, each symbol on a line of its own above its summary.
	// https://press.un.org/en/round-release?page=1
	f = extractString(t, "Round-up Release\n\n\nSEA/2161\n\nNEW YORK, 22 August 2022 (Division for Ocean Affairs and the Law of the Sea) — The Commission on the Limits of the Continental Shelf held its fifty-fifth session at United Nations Headquarters from 5 July to 19 August 2022.\n\n"+
		"SC/14763\n\nA year into the altered reality that was life during the COVID-19 pandemic, the Security Council found itself in a largely transitional period.\n\n"+
		"SC/14407\n\nIn a year rocked by the novel coronavirus that infected 84 million people, the Security Council pressed forward with its mandate to protect civilians.\n\n"+
		"GA/12308\n\nThe COVID-19 pandemic cast a long shadow over what should have been a celebratory seventy-fifth session of the United Nations General Assembly.\n")
	if f.Doc.Symbol != "" {
		t.Errorf("symbol %q: a listed release is not the page's own", f.Doc.Symbol)
	}
	// A release's symbol on its own line, the body citing others mid-line, keeps it.
	// https://press.un.org/en/2024/sc15940.doc.htm
	f = extractString(t, "SC/15940\n\nThe following Security Council press statement was issued today by Council President Linda Thomas-Greenfield (United States):\n\n"+
		"It builds on previous efforts by the Council to document its working methods by updating presidential note 507, last revised in 2017 (document S/2017/507).\n"+
		"The revised note incorporates the Council’s agreements in 15 other presidential notes, including the most recent note S/2023/945 concerning penholdership.\n")
	if f.Doc.Symbol != "SC/15940" {
		t.Errorf("symbol %q, want SC/15940", f.Doc.Symbol)
	}
}
