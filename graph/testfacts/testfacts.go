// Package testfacts holds hand-written Facts that mirror what SCHEMA.md
// shows for the seed documents, for tests of the store before the extractor
// exists: the Security Council meeting of 11 April 2003 on cooperation with
// regional organizations, attended by AU, OAS, LAS, OSCE, EU and ECOWAS under
// the presidency of Mexico, described in Arabic (000) and English (001),
// recalled in Chinese (002), the July 2004 debate (003) and a draft
// resolution that recalls both (004).
package testfacts

import "github.com/unkg/unkg/extract"

const (
	Meeting2003 = "meeting:UNSC:2003-04-11"
	Meeting2004 = "meeting:UNSC:2004-07-20"
	Doc000      = "doc:sha256:9228917cbab8df9d"
	Doc001      = "doc:sha256:8da29fd72d0f8c87"
	Doc002      = "doc:sha256:2c0998dbec9c6f86"
	Doc003      = "doc:S/PV.5007"
	Doc004      = "doc:S/2005/XXX"
)

// Attendees2003 are the organizations that attended Meeting2003.
var Attendees2003 = []string{"org:AU", "org:ECOWAS", "org:EU", "org:LAS", "org:OAS", "org:OSCE"}

func m(text string, start int, rule string) []extract.Mention {
	return []extract.Mention{{Text: text, Start: start, End: start + len(text), Rule: rule}}
}

func rel(s, p, o string, start int) extract.Relation {
	return extract.Relation{Subject: s, Predicate: p, Object: o,
		Evidence: extract.Evidence{Start: start, End: start + 100, Rule: "test/" + p, Text: s + " " + p + " " + o}}
}

func org(id, name, mention string) extract.Entity {
	return extract.Entity{ID: id, Type: extract.TypeOrganization, Name: name, Mentions: m(mention, 100, "gazetteer/org")}
}

// names of the attendees, per language.
var names = map[string]map[string][2]string{
	"ar": {
		"org:AU": {"African Union", "الاتحاد الأفريقي"}, "org:OAS": {"Organization of American States", "منظمة الدول الأمريكية"},
		"org:LAS": {"League of Arab States", "جامعة الدول العربية"}, "org:OSCE": {"Organization for Security and Co-operation in Europe", "منظمة الأمن والتعاون في أوروبا"},
		"org:EU": {"European Union", "الاتحاد الأوروبي"}, "org:ECOWAS": {"Economic Community of West African States", "الجماعة الاقتصادية لدول غرب أفريقيا"},
	},
	"en": {
		"org:AU": {"African Union", "African Union"}, "org:OAS": {"Organization of American States", "Organization of American States"},
		"org:LAS": {"League of Arab States", "League of Arab States"}, "org:OSCE": {"Organization for Security and Co-operation in Europe", "OSCE"},
		"org:EU": {"European Union", "European Union"}, "org:ECOWAS": {"Economic Community of West African States", "ECOWAS"},
	},
	"zh": {
		"org:AU": {"African Union", "非洲联盟"}, "org:OAS": {"Organization of American States", "美洲国家组织"},
		"org:LAS": {"League of Arab States", "阿拉伯国家联盟"}, "org:OSCE": {"Organization for Security and Co-operation in Europe", "欧洲安全与合作组织"},
		"org:EU": {"European Union", "欧洲联盟"}, "org:ECOWAS": {"Economic Community of West African States", "西非国家经济共同体"},
	},
}

func meeting2003(lang, topic string) extract.Entity {
	return extract.Entity{ID: Meeting2003, Type: extract.TypeMeeting, Name: "Security Council meeting of 11 April 2003",
		Organ: "org:UNSC", Date: "2003-04-11", Topic: topic, Number: "4739", Mentions: m("11 April 2003", 300, "meeting/held-on")}
}

func attendance(lang string) ([]extract.Entity, []extract.Relation) {
	var es []extract.Entity
	var rs []extract.Relation
	for i, id := range Attendees2003 {
		n := names[lang][id]
		es = append(es, org(id, n[0], n[1]))
		rs = append(rs, rel(id, extract.PredAttended, Meeting2003, 1400+i*50))
	}
	return es, rs
}

// Seeds returns fresh copies of the five seed documents' facts, with paths
// under dir.
func Seeds(dir string) []*extract.Facts {
	if dir != "" {
		dir += "/"
	}
	mex := extract.Entity{ID: "country:MEX", Type: extract.TypeCountry, Name: "Mexico", Mentions: m("المكسيك", 500, "gazetteer/country")}
	unsc := extract.Entity{ID: "org:UNSC", Type: extract.TypeOrganization, Name: "Security Council", Mentions: m("مجلس الأمن", 200, "gazetteer/org")}

	// 000: Arabic letter describing the 2003 meeting.
	es, rs := attendance("ar")
	f0 := &extract.Facts{
		Doc: extract.Doc{ID: Doc000, Path: dir + "000_9228917cbab8df9d.txt", Lang: "ar", Type: "letter", Date: "2003-04-25",
			OriginalLang: "en", Subjects: []string{"INTERNATIONAL SECURITY"}, Title: "رسالة مؤرخة 25 نيسان/أبريل 2003",
			SHA256: "9228917cbab8df9d0000000000000000000000000000000000000000000000aa", Size: 4000},
		Entities: append([]extract.Entity{meeting2003("ar", "التعاون بين الأمم المتحدة والمنظمات الإقليمية"), mex, unsc,
			{ID: "subject:INTERNATIONAL SECURITY", Type: extract.TypeSubject, Name: "INTERNATIONAL SECURITY", Mentions: m("INTERNATIONAL SECURITY", 10, "header/subject")}}, es...),
		Relations: append([]extract.Relation{
			rel(Doc000, extract.PredDescribes, Meeting2003, 300),
			rel(Meeting2003, extract.PredPresidedBy, "country:MEX", 500),
			rel(Meeting2003, extract.PredHeldBy, "org:UNSC", 200),
			rel(Doc000, extract.PredSubject, "subject:INTERNATIONAL SECURITY", 10),
		}, rs...),
	}
	// 001: English summary describing the same meeting.
	es, rs = attendance("en")
	f1 := &extract.Facts{
		Doc: extract.Doc{ID: Doc001, Path: dir + "001_8da29fd72d0f8c87.txt", Lang: "en", Type: "summary", Date: "2003-04-11",
			Title: "Summary of the meeting of 11 April 2003", SHA256: "8da29fd72d0f8c8700000000000000000000000000000000000000000000bb", Size: 3000},
		Entities: append([]extract.Entity{meeting2003("en", "Cooperation between the United Nations and regional organizations"),
			{ID: "country:MEX", Type: extract.TypeCountry, Name: "Mexico", Mentions: m("Mexico", 500, "gazetteer/country")}}, es...),
		Relations: append([]extract.Relation{
			rel(Doc001, extract.PredDescribes, Meeting2003, 300),
			rel(Meeting2003, extract.PredPresidedBy, "country:MEX", 500),
		}, rs...),
	}
	// 002: Chinese concept note recalling the 2003 meeting.
	es, _ = attendance("zh")
	f2 := &extract.Facts{
		Doc: extract.Doc{ID: Doc002, Path: dir + "002_2c0998dbec9c6f86.txt", Lang: "zh", Type: "concept-note", Date: "2004-07-01",
			SHA256: "2c0998dbec9c6f8600000000000000000000000000000000000000000000cc", Size: 2000},
		Entities: append([]extract.Entity{meeting2003("zh", "")}, es...),
		Relations: []extract.Relation{
			rel(Doc002, extract.PredReferences, Meeting2003, 40),
			rel(Doc002, extract.PredMentions, "org:AU", 80),
		},
	}
	// 003: record of the July 2004 debate, which recalls the 2003 meeting.
	f3 := &extract.Facts{
		Doc: extract.Doc{ID: Doc003, Path: dir + "003_fb4527da7287913f.txt", Lang: "en", Type: "meeting-record", Date: "2004-07-20",
			Symbol: "S/PV.5007", SHA256: "fb4527da7287913f00000000000000000000000000000000000000000000dd", Size: 9000},
		Entities: []extract.Entity{
			{ID: Meeting2004, Type: extract.TypeMeeting, Name: "Security Council meeting of 20 July 2004", Organ: "org:UNSC",
				Date: "2004-07-20", Number: "5007", Mentions: m("20 July 2004", 30, "meeting/held-on")},
			meeting2003("en", ""),
			org("org:AU", "African Union", "African Union"),
			{ID: "country:ROU", Type: extract.TypeCountry, Name: "Romania", Mentions: m("Romania", 90, "gazetteer/country")},
		},
		Relations: []extract.Relation{
			rel(Doc003, extract.PredDescribes, Meeting2004, 30),
			rel(Doc003, extract.PredReferences, Meeting2003, 400),
			rel(Meeting2004, extract.PredPresidedBy, "country:ROU", 90),
			rel("org:AU", extract.PredAttended, Meeting2004, 700),
		},
	}
	// 004: the draft resolution, recalling the July 2004 debate and citing its record.
	f4 := &extract.Facts{
		Doc: extract.Doc{ID: Doc004, Path: dir + "004_b54acdac83ce6a8a.txt", Lang: "en", Type: "draft-resolution", Date: "2005-10-17",
			Symbol: "S/2005/XXX", Title: "Draft resolution", SHA256: "b54acdac83ce6a8a00000000000000000000000000000000000000000000ee", Size: 5000},
		Entities: []extract.Entity{
			{ID: Meeting2004, Type: extract.TypeMeeting, Name: "Security Council meeting of 20 July 2004", Organ: "org:UNSC",
				Date: "2004-07-20", Mentions: m("20 July 2004", 30, "meeting/held-on")},
			{ID: Doc003, Type: extract.TypeDocument, Name: "S/PV.5007", Mentions: m("S/PV.5007", 60, "symbol")},
		},
		Relations: []extract.Relation{
			rel(Doc004, extract.PredReferences, Meeting2004, 30),
			rel(Doc004, extract.PredCites, Doc003, 60),
		},
	}
	return []*extract.Facts{f0, f1, f2, f3, f4}
}
