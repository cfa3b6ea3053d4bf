package extract

import "testing"

// A release's dateline and the days it writes without a year take the
// release's year, not that of a month named in its headline or its first
// paragraph; a day far from the release's date keeps the nearest year.
func TestDatelineYearIsTheRelease(t *testing.T) {
	// https://unis.unvienna.org/unis/en/pressrels/2001/sc7037.html
	text := "SC/7037\n23 March 2001\n\nSECURITY COUNCIL STATES DETERMINATION\nTO INTENSIFY EFFORTS TO IMPLEMENT\nSEPTEMBER 2000 SUMMIT COMMITMENTS\n\n\n" +
		"NEW YORK, 22 March (UN Headquarters) -- The Security Council this morning expressed its determination to intensify efforts to translate the September 2000 Council Summit commitments into practical results, to ensure it plays an effective role in the maintenance of international peace and security, especially in Africa.\n\n" +
		"In a statement read out by this month’s Council President, Anatoliy Zlenko, Foreign Minister of Ukraine, the Council noted the progress made thus far in meeting September’s commitments, and also acknowledged the importance of the views of States that are not members of the Council, which were expressed in an open debate on the issue on 7 March.\n"
	f := extractString(t, text)
	got := relationsOf(f, PredDescribes)
	if !got["doc:SC/7037 meeting:UNSC:2001-03-22"] {
		t.Errorf("describes %v, want meeting:UNSC:2001-03-22", got)
	}
	if refs := relationsOf(f, PredReferences); !refs["doc:SC/7037 meeting:UNSC:2001-03-07"] || len(refs) != 1 {
		t.Errorf("references %v, want meeting:UNSC:2001-03-07", refs)
	}
	// https://unis.unvienna.org/unis/en/pressrels/2001/sc7024.html: a day with
	// its year keeps it, and a day after it written without one follows it.
	text = "8 March 2001\n\n\nNEW YORK, 7 March (UN Headquarters) -- The Security Council met in a day-long session today to review the commitments made at its Summit last September to strengthen the ability of the United Nations to address challenges to peace and security.\n\n" +
		"The Summit, held on 7 September 2000 and addressed by 14 heads of State or government and one foreign minister, produced a declaration committing the Council to a number of principles.\n"
	f = extractString(t, text)
	ids := entityIDs(f, TypeMeeting)
	if !ids["meeting:UNSC:2001-03-07"] || !ids["meeting:UNSC:2000-09-07"] || ids["meeting:UNSC:2000-03-07"] {
		t.Errorf("meetings %v, want 2001-03-07 and 2000-09-07", ids)
	}
}

// A round-up looking back over the year before its date.
func TestDatelineYearRoundUp(t *testing.T) {
	// https://childrenandarmedconflict.un.org/2001/01/12jan01/ (SC/6987)
	text := "Security Council SC/6987\n\n2000 Round-up 12 January 2001\n\n\nAdopts Resolution on HIV/AIDS, Responds to Brahimi Report, Holds Debates on Women and Security, Children in Armed Conflict\n\n" +
		"The Council met three times to discuss the situation in the Middle East, from 3 to 5 October, after violence erupted following a visit to Al-Haram\n\nAl-Sharif in Jerusalem on 28 September by Ariel Sharon, leader of Israel’s Likud Party. More than 40 speakers addressed the Council.\n"
	f := extractString(t, text)
	ids := entityIDs(f, TypeMeeting)
	if !ids["meeting:UNSC:2000-10-03"] || ids["meeting:UNSC:2001-10-03"] {
		t.Errorf("meetings %v, want 2000-10-03", ids)
	}
}

// A day announced weeks ahead, written without its year after a date of the
// year before, takes the document's year in any genre.
func TestDatelineYearAheadAfterYearEnd(t *testing.T) {
	// https://diplomatie.gouv.fr/fr/politique-etrangere-de-la-france/la-france-et-les-nations-unies/evenements-et-actualites-lies-aux-nations-unies/presidence-francaise-du-conseil-de-securite/article/nations-unies-presidence-francaise-du-conseil-de-securite-03-01-24
	text := "Nations unies - Présidence française du Conseil de sécurité (3 janvier 2024)\n\n" +
		"La France prend la suite de l’Équateur, dont elle salue le travail effectué durant sa présidence, qui s’est achevée le 31 décembre 2023.\n\n" +
		"La ministre de l’Europe et des Affaires étrangères, Mme Catherine Colonna, présidera ainsi le 23 janvier un débat ministériel ouvert sur la situation au Proche-Orient.\n"
	f := extractString(t, text)
	ids := entityIDs(f, TypeMeeting)
	if !ids["meeting:UNSC:2024-01-23"] || ids["meeting:UNSC:2023-01-23"] {
		t.Errorf("meetings %v, want 2024-01-23", ids)
	}
	// A day of the year before, months back, keeps the nearest year.
	text = "Nations unies - Présidence française du Conseil de sécurité (3 janvier 2024)\n\n" +
		"La France prend la suite de l’Équateur, dont la présidence s’est achevée le 31 décembre 2023, et salue le débat ouvert du 10 octobre sur la situation au Proche-Orient.\n"
	f = extractString(t, text)
	ids = entityIDs(f, TypeMeeting)
	if !ids["meeting:UNSC:2023-10-10"] || ids["meeting:UNSC:2024-10-10"] {
		t.Errorf("meetings %v, want 2023-10-10", ids)
	}
}

// A release of early February announcing a meeting for late April writes
// the day without its year after a date of the release's own year: the day
// is that year's, two months ahead, not the year before's, ten months back
// (the round-up's case above looks back only when back is the nearer).
func TestDatelineYearAnnouncedMonthsAhead(t *testing.T) {
	// https://press.un.org/en/1999/19990202.eco5811.html (ECOSOC/5811, 2 February 1999)
	text := "ECOSOC/5811\n" +
		"\n" +
		"ECONOMIC AND SOCIAL COUNCIL TO HOLD HIGH-LEVEL MEETING WITH REPRESENTATIVES OF BRETTON WOODS INSTITUTIONS ON 29 APRIL\n" +
		"\n" +
		"2 February 1999\n" +
		"\n" +
		"\n" +
		"Press Release\n" +
		"ECOSOC/5811\n" +
		"\n" +
		"\n" +
		"ECONOMIC AND SOCIAL COUNCIL TO HOLD HIGH-LEVEL MEETING WITH REPRESENTATIVES OF BRETTON WOODS INSTITUTIONS ON 29 APRIL\n" +
		"\n" +
		"19990202 Alyaksandr Sychou (Belarus) Elected Vice-President\n" +
		"\n" +
		"The Economic and Social Council this afternoon decided to hold its high- level meeting with the representatives of the Bretton Woods institutions on 29 April, as it resumed its 1999 organizational session. After action, the Council President, Francesco Paolo Fulci (Italy), strongly urged for ministerial participation at the meeting.\n"
	ids := entityIDs(extractString(t, text), TypeMeeting)
	if !ids["meeting:ECOSOC:1999-04-29"] || ids["meeting:ECOSOC:1998-04-29"] {
		t.Errorf("meetings %v, want meeting:ECOSOC:1999-04-29 and not 1998's", ids)
	}
}
