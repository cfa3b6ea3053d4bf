package extract

import (
	"strings"
	"testing"
)

// A story announces or reports its own meeting and recalls an earlier one
// as background: the earlier one is a reference, its own one is described
// (Pajhwok via menafn.com/1109694817, 19 June 2025; Xinhua via
// en.chinagate.cn/2015-04/04/content_35241463.htm).
func TestEarlierMeetingInAStoryIsRecalled(t *testing.T) {
	for _, c := range []struct{ text, recalled, own string }{
		{strings.Join([]string{
			"UNSC To Hold 2Nd Emergency Session Tomorrow",
			"19 June 2025",
			"KABUL (Pajhwok): The United Nations Security Council (UNSC) is scheduled to hold a second emergency meeting tomorrow (Friday) to address the ongoing regional crisis, a media report said on Thursday.",
			"In a bid to prevent further escalation, the UNSC held its first emergency session on 13 June, where members stressed the need for de-escalation and greater diplomatic engagement.",
		}, "\n"), "meeting:UNSC:2025-06-13", ""}, // "tomorrow (Friday)" is dated elsewhere
		{strings.Join([]string{
			"UN Security Council to hold emergency meeting on Yemen",
			"Xinhua, April 4, 2015",
			"The UN Security Council is to meet in an emergency meeting on Saturday to discuss the current situation in Yemen, the UN Spokesperson's Office announced here Friday.",
			"\"The president of the Security Council invites the members of the Council to informal consultations of the whole, in connection with 'Middle East (Yemen)', tomorrow, Saturday, 4 April 2015 at 11:00 a.m.,\" said an email message sent to reporters here from the UN office.",
			"On March 22, the 15-nation UN body called an emergency meeting to discuss the volatile situation in Yemen.",
		}, "\n"), "meeting:UNSC:2015-03-22", "meeting:UNSC:2015-04-04"},
	} {
		f := extractString(t, c.text)
		refs, desc := relationsOf(f, PredReferences), relationsOf(f, PredDescribes)
		if !refs[f.Doc.ID+" "+c.recalled] || desc[f.Doc.ID+" "+c.recalled] {
			t.Errorf("%s is not recalled: references %v describes %v", c.recalled, refs, desc)
		}
		if c.own != "" && !desc[f.Doc.ID+" "+c.own] || refs[f.Doc.ID+" "+c.own] {
			t.Errorf("%s is not the story's own: references %v describes %v", c.own, refs, desc)
		}
	}
}

// A summary of a fortnight's meetings reports each of them: none is
// background (exteriores.gob.es, "Actividad del Consejo de Seguridad",
// 30 July 2016).
func TestSummaryMeetingsStayReported(t *testing.T) {
	text := strings.Join([]string{
		"Actividad del Consejo de Seguridad de las Naciones Unidas",
		"July 30, 2016",
		"El 12 de julio tuvo lugar el debate abierto trimestral sobre la situación en Oriente Medio, incluida la cuestión palestina, que contó con la presencia del SGNU, Ban Ki-moon.",
		"El 15 de julio el CS celebró consultas trimestrales sobre Irak y UNAMI.",
		"El 19 de julio el CS celebró consultas sobre Siria.",
		"El 26 de julio el CS celebró consultas sobre Sudán del Sur.",
		"El 28 de julio el CS celebró consultas sobre Libia.",
	}, "\n")
	f := extractString(t, text)
	if refs := relationsOf(f, PredReferences); len(refs) != 0 {
		t.Errorf("references %v, want none (a summary reports its meetings)", refs)
	}
}
