package extract

import (
	"sort"
	"strings"
	"testing"
)

// Each case is UN-style text of the kind the rules are written for (not one
// of the bundled documents), with the facts a reader expects.
func TestMeetingsInSixLanguages(t *testing.T) {
	cases := []struct {
		name, text string
		meetings   []string // meeting ids
		presided   []string // "meeting country"
		attended   []string // "org meeting"
		references []string // meeting ids recalled
	}{
		{
			name: "en press release",
			text: "The Security Council held its 5282nd meeting on 17 October 2005 under the presidency of Romania. " +
				"The Secretary-General and representatives of the African Union and the European Union participated in the meeting.",
			meetings: []string{"meeting:UNSC:2005-10-17"},
			presided: []string{"meeting:UNSC:2005-10-17 country:ROU"},
			attended: []string{"org:AU meeting:UNSC:2005-10-17", "org:EU meeting:UNSC:2005-10-17", "org:UNSG meeting:UNSC:2005-10-17"},
		},
		{
			name: "en resolution recalls a debate",
			text: "Resolution 1631 (2005)\nAdopted by the Security Council at its 5282nd meeting, on 17 October 2005\n\nThe Security Council,\n" +
				"Recalling its debate of 20 July 2004 on cooperation between the United Nations and regional organizations, held under the presidency of Romania,",
			meetings:   []string{"meeting:UNSC:2005-10-17", "meeting:UNSC:2004-07-20"},
			presided:   []string{"meeting:UNSC:2004-07-20 country:ROU"},
			references: []string{"meeting:UNSC:2004-07-20"},
		},
		{
			name: "fr compte rendu",
			text: "Le Conseil de sécurité a tenu, le 6 août 2013, un débat public sous la présidence de l’Argentine. " +
				"Le Secrétaire général de l’ONU, M. Ban Ki-moon, et les représentants de l’Union africaine et de la Ligue des États arabes ont participé au débat.",
			meetings: []string{"meeting:UNSC:2013-08-06"},
			presided: []string{"meeting:UNSC:2013-08-06 country:ARG"},
			attended: []string{"org:AU meeting:UNSC:2013-08-06", "org:LAS meeting:UNSC:2013-08-06", "org:UNSG meeting:UNSC:2013-08-06"},
		},
		{
			name:     "es resumen",
			text:     "El Consejo de Seguridad celebró el 28 de marzo de 2007 una reunión bajo la presidencia de Sudáfrica, con la participación de la Unión Africana.",
			meetings: []string{"meeting:UNSC:2007-03-28"},
			presided: []string{"meeting:UNSC:2007-03-28 country:ZAF"},
			attended: []string{"org:AU meeting:UNSC:2007-03-28"},
		},
		{
			name: "ru сообщение",
			text: "16 апреля 2008 года Совет Безопасности провел заседание под председательством Китая. " +
				"В заседании приняли участие Генеральный секретарь и представители Африканского союза.",
			meetings: []string{"meeting:UNSC:2008-04-16"},
			presided: []string{"meeting:UNSC:2008-04-16 country:CHN"},
			attended: []string{"org:AU meeting:UNSC:2008-04-16", "org:UNSG meeting:UNSC:2008-04-16"},
		},
		{
			name:     "ar موجز",
			text:     "عقد مجلس الأمن جلسته 7015 في 6 آب/أغسطس 2013 برئاسة الأرجنتين، وشارك فيها الأمين العام وممثلو الاتحاد الأفريقي وجامعة الدول العربية.",
			meetings: []string{"meeting:UNSC:2013-08-06"},
			presided: []string{"meeting:UNSC:2013-08-06 country:ARG"},
			attended: []string{"org:AU meeting:UNSC:2013-08-06", "org:LAS meeting:UNSC:2013-08-06", "org:UNSG meeting:UNSC:2013-08-06"},
		},
		{
			name:       "ar قرار يشير",
			text:       "مشروع قرار إن مجلس الأمن، إذ يشير إلى جلسته المعقودة في 20 تموز/يوليه 2004 في ظل رئاسة رومانيا للمجلس،",
			meetings:   []string{"meeting:UNSC:2004-07-20"},
			presided:   []string{"meeting:UNSC:2004-07-20 country:ROU"},
			references: []string{"meeting:UNSC:2004-07-20"},
		},
		{
			name:     "zh 摘要",
			text:     "2013年8月6日，安全理事会在主席国阿根廷主持下举行公开辩论。秘书长和非洲联盟、阿拉伯国家联盟的代表参加了会议。",
			meetings: []string{"meeting:UNSC:2013-08-06"},
			presided: []string{"meeting:UNSC:2013-08-06 country:ARG"},
			attended: []string{"org:AU meeting:UNSC:2013-08-06", "org:LAS meeting:UNSC:2013-08-06", "org:UNSG meeting:UNSC:2013-08-06"},
		},
		{
			name: "en programme of work announces meetings of the month",
			text: "Press Conference by the Security Council President on the Programme of Work for March\n4 March 2015\n\n" +
				"The Council will hold an open debate on 12 March on cooperation with the League of Arab States, Liu Jieyi (China), its President for March, said today. " +
				"Briefers will include the Secretary-General of the League of Arab States. A briefing on 19 March will follow, he said, at which members will hear from the Under-Secretary-General for Peacekeeping Operations.",
			meetings: []string{"meeting:UNSC:2015-03-12", "meeting:UNSC:2015-03-19"},
			presided: []string{"meeting:UNSC:2015-03-12 country:CHN", "meeting:UNSC:2015-03-19 country:CHN"},
			attended: []string{"org:LAS meeting:UNSC:2015-03-12"},
		},
		{
			name: "en letter date is no meeting",
			text: "Letter dated 19 October 2021 from the Permanent Representative of Mexico to the United Nations addressed to the Secretary-General",
		},
		{
			name: "en deadline is no meeting",
			text: "The Council decided at the meeting to extend the mandate until 31 January 2014.",
		},
		{
			name: "en cited statement date is no meeting",
			text: "Reaffirming its presidential statement S/PRST/2004/27 of 20 July 2004 and resolution 1625 (2005) of 14 September 2005 adopted at its meetings,",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := extractString(t, c.text)
			check := func(what string, got map[string]bool, want []string) {
				t.Helper()
				var g []string
				for k := range got {
					g = append(g, k)
				}
				sort.Strings(g)
				w := append([]string(nil), want...)
				sort.Strings(w)
				if strings.Join(g, "|") != strings.Join(w, "|") {
					t.Errorf("%s:\n got  %v\n want %v", what, g, w)
				}
			}
			check("meetings", entityIDs(f, TypeMeeting), c.meetings)
			check("presidedBy", relationsOf(f, PredPresidedBy), c.presided)
			orgAttendance := map[string]bool{}
			for k := range relationsOf(f, PredAttended) {
				if strings.HasPrefix(k, "org:") {
					orgAttendance[k] = true
				}
			}
			check("attended", orgAttendance, c.attended)
			refs := map[string]bool{}
			for k := range relationsOf(f, PredReferences) {
				refs[strings.Fields(k)[1]] = true
			}
			check("references", refs, c.references)
		})
	}
}

// Words that hold or look like names but are not them.
func TestFalseFriends(t *testing.T) {
	cases := []struct {
		text string
		not  []string // entity ids that must not be found
		want []string // entity ids that must be found
	}{
		{"The Under-Secretary-General for Political Affairs briefed the Security Council.", []string{"org:UNSG"}, []string{"org:UNSC"}},
		{"副秘书长向安理会通报了情况。", []string{"org:UNSG"}, nil},
		{"安理会支持发展中国家的努力。", []string{"country:CHN"}, nil},
		{"Кроме того, Совет Безопасности отметил роль Того.", nil, []string{"country:TGO", "org:UNSC"}},
		{"Кроме того, Совет Безопасности принял решение.", []string{"country:TGO"}, nil},
		{"LE CONSEIL DE SÉCURITÉ TIENT UN DÉBAT AU CONSEIL", []string{"org:AU", "org:UN"}, []string{"org:UNSC"}},
		{"La CEDEAO et l’ECOWAS Commission ont participé.", nil, []string{"org:ECOWAS"}},
		{"The chad of the ballot paper was torn; Chad and Mali spoke.", nil, []string{"country:TCD", "country:MLI"}},
	}
	for _, c := range cases {
		f := extractString(t, c.text)
		ids := map[string]bool{}
		for _, e := range f.Entities {
			ids[e.ID] = true
		}
		for _, id := range c.not {
			if ids[id] {
				t.Errorf("%q: found %s", c.text, id)
			}
		}
		for _, id := range c.want {
			if !ids[id] {
				t.Errorf("%q: %s not found (found %v)", c.text, id, ids)
			}
		}
	}
}

// A language named in a header is not a country; the same adjective in the text is.
func TestLanguageNamesInHeaders(t *testing.T) {
	f := extractString(t, "Distr.: General\n30 November 2017\nFrench\nOriginal: Spanish\n\nThe French presidency of the Security Council.")
	for _, e := range f.Entities {
		if e.ID == "country:ESP" {
			t.Errorf("Spanish in 'Original: Spanish' taken for Spain")
		}
		if e.ID == "country:FRA" && (len(e.Mentions) != 1 || e.Mentions[0].Start < 40) {
			t.Errorf("France: mentions %+v, want only 'French presidency'", e.Mentions)
		}
	}
	if !entityIDs(f, TypeCountry)["country:FRA"] {
		t.Errorf("'The French presidency' names France")
	}
	if f.Doc.OriginalLang != "es" {
		t.Errorf("original language %q, want es", f.Doc.OriginalLang)
	}
}

// The adoption line of a resolution, in the official form of each language:
// the adoption meeting is described; the resolution is typed.
func TestResolutionAdoptionLines(t *testing.T) {
	cases := []struct{ lang, text string }{
		{"en", "Resolution 1631 (2005)\nAdopted by the Security Council at its 5282nd meeting, on 17 October 2005\n\nThe Security Council,\nRecalling its previous resolutions,"},
		{"fr", "Résolution 1631 (2005)\nAdoptée par le Conseil de sécurité à sa 5282e séance, le 17 octobre 2005\n\nLe Conseil de sécurité,\nRappelant ses résolutions antérieures,"},
		{"es", "Resolución 1631 (2005)\nAprobada por el Consejo de Seguridad en su 5282ª sesión, celebrada el 17 de octubre de 2005\n\nEl Consejo de Seguridad,\nRecordando sus resoluciones anteriores,"},
		{"ru", "Резолюция 1631 (2005),\nпринятая Советом Безопасности на его 5282-м заседании 17 октября 2005 года\n\nСовет Безопасности,\nссылаясь на свои предыдущие резолюции,"},
		{"ar", "القرار 1631 (2005)\nالذي اتخذه مجلس الأمن في جلسته 5282 المعقودة في 17 تشرين الأول/أكتوبر 2005\n\nإن مجلس الأمن،\nإذ يشير إلى قراراته السابقة،"},
		{"zh", "第1631(2005)号决议\n2005年10月17日安全理事会第5282次会议通过\n\n安全理事会，\n回顾其以往各项决议，"},
	}
	for _, c := range cases {
		f := extractString(t, c.text)
		if f.Doc.Lang != c.lang {
			t.Errorf("%s: language %q", c.lang, f.Doc.Lang)
		}
		if f.Doc.Type != "resolution" {
			t.Errorf("%s: type %q, want resolution", c.lang, f.Doc.Type)
		}
		if !relationsOf(f, PredDescribes)[f.Doc.ID+" meeting:UNSC:2005-10-17"] {
			t.Errorf("%s: adoption meeting not described; meetings %v, describes %v", c.lang, entityIDs(f, TypeMeeting), relationsOf(f, PredDescribes))
		}
		for _, e := range f.Entities {
			if e.ID == "meeting:UNSC:2005-10-17" && e.Number != "5282" {
				t.Errorf("%s: meeting number %q, want 5282", c.lang, e.Number)
			}
		}
	}
}

// The head of a meeting record: the President and the country that holds the presidency.
func TestMeetingRecordHeader(t *testing.T) {
	f := extractString(t, "United Nations S/PV.4739\nSecurity Council\nFifty-eighth year\n4739th meeting\nFriday, 11 April 2003, 10 a.m.\nNew York\n\nPresident: Mr. Derbez (Mexico)\n\nMembers: Angola Mr. Gaspar Martins\n")
	if f.Doc.Symbol != "S/PV.4739" || f.Doc.Type != "meeting-record" {
		t.Errorf("symbol %q type %q", f.Doc.Symbol, f.Doc.Type)
	}
	if !relationsOf(f, PredPresidedBy)["meeting:UNSC:2003-04-11 country:MEX"] {
		t.Errorf("presidedBy: %v (meetings %v)", relationsOf(f, PredPresidedBy), entityIDs(f, TypeMeeting))
	}
}

func TestLetterParties(t *testing.T) {
	cases := []struct{ name, text, from, to string }{
		{"en", "Letter dated 19 October 2021 from the Permanent Representative of Mexico to the United Nations addressed to the Secretary-General\n\nI have the honour", "country:MEX", "org:UNSG"},
		{"fr", "Lettre datée du 19 octobre 2021, adressée au Président du Conseil de sécurité par le Représentant permanent du Mexique", "", "org:UNSC"},
		{"ar", "رسالة مؤرخة 25 نيسان/أبريل 2003 موجهة إلى الأمين العام من الممثل الدائم للمكسيك لدى الأمم المتحدة", "country:MEX", "org:UNSG"},
		{"zh", "2003年4月25日墨西哥常驻联合国代表给秘书长的信", "country:MEX", "org:UNSG"},
	}
	for _, c := range cases {
		f := extractString(t, c.text)
		if f.Doc.Type != "letter" {
			t.Errorf("%s: type %q", c.name, f.Doc.Type)
		}
		if c.from != "" && !relationsOf(f, PredSentBy)[f.Doc.ID+" "+c.from] {
			t.Errorf("%s: sentBy %v, want %s", c.name, relationsOf(f, PredSentBy), c.from)
		}
		if !relationsOf(f, PredAddressedTo)[f.Doc.ID+" "+c.to] {
			t.Errorf("%s: addressedTo %v, want %s", c.name, relationsOf(f, PredAddressedTo), c.to)
		}
	}
}

func TestProposalLists(t *testing.T) {
	cases := []struct {
		name, text string
		want       int
	}{
		{"en enumerated", "The Security Council met on 3 May 2019. The following proposals were made at the meeting: (a) hold regular meetings with regional organizations; (b) exchange information more often; (c) set up liaison offices. The Council then adjourned.", 3},
		{"en numbered", "The Security Council met on 3 May 2019. The following proposals were made: 1. a joint framework; 2. annual consultations. Other matters were discussed.", 2},
		{"ar enumerated", "عقد مجلس الأمن في 3 أيار/مايو 2019 جلسة. وقد قدمت المقترحات التالية في الاجتماع: (أ) عقد اجتماعات منتظمة؛ (ب) تبادل المعلومات؛ (ج) إنشاء مكاتب اتصال.", 3},
		{"zh bullets", "2019年5月3日安全理事会举行会议。会上提出了下列提议：* 定期举行高级别对话 * 改善信息交流", 2},
		{"no list", "The Security Council met on 3 May 2019. The following proposals were made by the members in due course.", 0},
	}
	for _, c := range cases {
		f := extractString(t, c.text)
		got := len(entityIDs(f, TypeProposal))
		if got != c.want {
			var names []string
			for _, e := range f.Entities {
				if e.Type == TypeProposal {
					names = append(names, e.Name)
				}
			}
			t.Errorf("%s: %d proposals %q, want %d", c.name, got, names, c.want)
		}
	}
}

// "Cooperation between the UN and regional organizations" is the subject of
// Council debates, not a UN–regional organizations meeting.
func TestCooperationTopicIsNoUNMeeting(t *testing.T) {
	for _, text := range []string{
		"عقد مجلس الأمن في 6 آب/أغسطس 2013 مناقشة مفتوحة بشأن التعاون بين الأمم المتحدة والمنظمات الإقليمية في صون السلام والأمن الدوليين.",
		"وفي 6 آب/أغسطس 2013، ناقش مجلس الأمن في جلسة مفتوحة التعاون بين الأمم المتحدة والمنظمات الإقليمية.",
		"2013年8月6日，安全理事会就联合国与区域组织合作问题举行公开辩论。",
		"2013年8月6日举行公开辩论，讨论联合国与区域组织合作问题，安全理事会成员发言。",
		"On 6 August 2013 the Security Council held an open debate on cooperation between the United Nations and regional and subregional organizations.",
	} {
		f := extractString(t, text)
		if ids := entityIDs(f, TypeMeeting); !ids["meeting:UNSC:2013-08-06"] || len(ids) != 1 {
			t.Errorf("%q: meetings %v, want the Council's", text, ids)
		}
	}
	// The UN–regional organizations meetings themselves stay UN's.
	f := extractString(t, "وإذ يرحب باستنتاجات رئيس الاجتماع الرفيع المستوى السادس بين الأمم المتحدة والمنظمات الإقليمية، (25 - 26 تموز/يوليه 2005)")
	if !entityIDs(f, TypeMeeting)["meeting:UN:2005-07-25"] {
		t.Errorf("sixth high-level meeting: %v", entityIDs(f, TypeMeeting))
	}
}
