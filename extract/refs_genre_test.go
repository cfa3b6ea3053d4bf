package extract

import (
	"strings"
	"testing"
)

// A resolution's header prints its adoption meeting; where no pattern reads
// the header ("adoptée par l'Assemblée générale le 5 juillet 2018": the
// organ's name stands between the verb and the date), the meeting is still
// the one the resolution describes, not one it recalls; the cited
// resolutions' dates after "Rappelant" stay no meetings (A/RES/72/298,
// www.girlsrightsplatform.org/fr/entity/m2he7fos1yn).
func TestResolutionHeaderAdoptionIsDescribed(t *testing.T) {
	text := "A/RES/72/298 Nations Unies Assemblée générale Distr. générale 18 juillet 2018 Soixante-douzième session Point 160 a) de l’ordre du jour Résolution adoptée par l’Assemblée générale le 5 juillet 2018 [sur la base du rapport de la Cinquième Commission (A/72/906)] 72/298. Financement de la Force des Nations Unies chargée d’observer le désengagement L’Assemblée générale, Ayant examiné les rapports du Secrétaire général sur le financement de la Force des Nations Unies chargée d’observer le désengagement 1 et le rapport correspondant du Comité consultatif pour les questions administratives et budgétaires 2, Rappelant la résolution 350 (1974) du 31 mai 1974, par laquelle le Conseil de sécurité a créé la Force des Nations Unies chargée d’observer le désengagement, ainsi que les résolutions ultérieures par lesquelles il a prorogé le mandat de la Force, dont la plus récente est la résolution 2394 (2017) du 21 décembre 2017, portant prorogation jusqu’au 30 juin 2018,"
	f := extractString(t, text)
	if f.Doc.Type != "resolution" {
		t.Fatalf("type %q, want resolution", f.Doc.Type)
	}
	own := f.Doc.ID + " meeting:UNGA:2018-07-05"
	refs, desc := relationsOf(f, PredReferences), relationsOf(f, PredDescribes)
	if !desc[own] || refs[own] {
		t.Errorf("the adoption meeting is not described: references %v describes %v", refs, desc)
	}
	if len(refs) != 0 {
		t.Errorf("references %v, want none (the preamble recalls resolutions, not meetings)", refs)
	}
}

// A presidential statement describes the meeting its opening formula names
// and recalls no document date as a meeting: "Presidential Statements of
// 3 August 2011, 2 October 2013 and 24 April 2015" and "the Geneva Communiqué
// of 30 June 2012" are no meetings (the draft statement of August 2015 on
// Syria, www.syria-report.com, "Draft Presidential Statement on De Mistura's
// Plan"; S/PRST/2001/16, international.vlex.com/vid/presidential-statement-n-s-861178724).
func TestStatementRecallsNoDocumentDate(t *testing.T) {
	for _, c := range []struct{ text, own string }{
		{strings.Join([]string{
			"Security Council Draft Presidential Statement",
			"1. At the X meeting of the Security Council, held on XX August 2015, in connection with the Council’s consideration of the item entitled “The situation in the Middle East”, the President of the Security Council made the following statement on behalf of the Council:",
			"2. The Security Council recalls its resolutions 2042 (2012), 2043 (2012), 2118 (2013), 2139 (2014), 2165 (2014), 2170 (2014), 2175 (2014), 2178 (2014), 2191 (2014), 2199 (2015), and 2235 (2015) and Presidential Statements of 3 August 2011, 2 October 2013 and 24 April 2015.",
			"4. The Security Council stresses that the only sustainable solution to the current crisis in Syria is through an inclusive and Syrian-led political process that meets the legitimate aspirations of the Syrian people, with a view to full implementation of the Geneva Communiqué of 30 June 2012 and, in this regard, emphasizes the urgency for all parties to work diligently and constructively towards this goal.",
		}, "\n"), ""},
		{strings.Join([]string{
			"United Nations",
			"Security Council",
			"Distr.: General",
			"28 June 2001",
			"Original: English",
			"Statement by the President of the Security Council",
			"At the 4339th meeting of the Security Council, held on 27 June 2001, in",
			"connection with the Council’s consideration of the item entitled “The responsibility",
			"of the Security Council in the maintenance of international peace and security:",
			"HIV/AIDS and international peacekeeping operations”, the President of the Security",
			"Council made the following statement on behalf of the Council:",
			"“The Security Council recalls its resolution 1308 (2000) of 17 July 2000,",
			"in which the Council, bearing in mind its primary responsibility for the",
			"maintenance of international peace and security, and emphasizing the",
			"important roles of the General Assembly and the Economic and Social Council",
			"in addressing the social and economic factors that lead to the spread of",
			"HIV/AIDS, inter alia, recognized that the HIV/AIDS pandemic is also",
			"exacerbated by conditions of violence and instability, and stressed that the",
			"HIV/AIDS pandemic, if unchecked, may pose a risk to stability and security.",
		}, "\n"), "meeting:UNSC:2001-06-27"},
	} {
		f := extractString(t, c.text)
		if f.Doc.Type != "presidential-statement" {
			t.Fatalf("type %q, want presidential-statement", f.Doc.Type)
		}
		refs, desc := relationsOf(f, PredReferences), relationsOf(f, PredDescribes)
		if len(refs) != 0 {
			t.Errorf("references %v, want none", refs)
		}
		if c.own != "" && !desc[f.Doc.ID+" "+c.own] {
			t.Errorf("%s is not described: %v", c.own, desc)
		}
	}
}
