package extract

import "testing"

// The numbered meeting of a release's date line is the organ's whose name
// stands alone on the header line above the meeting number, not the organ the
// release names most.
func TestHeaderLineOrgan(t *testing.T) {
	// https://press.un.org/fr/2012/ag11280.doc.htm (AG/11280, 13 September 2012): the Assembly on the
	// reform of the Security Council, which it names seven times
	const text = "En cours au Siège de l'ONU\n\nAG/11280\n\nL’Assemblée générale décide de poursuivre les négociations sur la réforme du Conseil de sécurité lors de sa prochaine et soixante-septième session\n\n13/09/2012\nAssemblée généraleAG/11280\nDépartement de l’information • Service des informations et des accréditations • New York\n\nAssemblée générale                                        \n\nSoixante-sixième session                                   \n\n129e séance plénière – après-midi\n\n\nL’ASSEMBLÉE GÉNÉRALE DÉCIDE DE POURSUIVRE LES NÉGOCIATIONS SUR LA RÉFORME\n\nDU CONSEIL DE SÉCURITÉ LORS DE SA PROCHAINE ET SOIXANTE-SEPTIÈME SESSION\n\n\nElle décide de réunir le Groupe de travail sur la représentation\n\néquitable et l’augmentation du nombre de membres du Conseil de sécurité\n\n\nL’Assemblée générale des Nations Unies a décidé cet après-midi de poursuivre les négociations intergouvernementales, qu’elle a lancées le 15 septembre 2008*, sur la réforme du Conseil de sécurité en séance plénière informelle lors de sa prochaine et soixante-septième session.\n\n\nPar le projet de décision orale adopté sans vote par les États Membres, l’Assemblée a aussi décidé de réunir le Groupe de travail à composition non limitée sur la représentation équitable et l’augmentation du nombre de membres du Conseil de sécurité et autres questions relatives au Conseil de sécurité.\n\n\nPar ce texte, elle décide aussi d’inclure à l’ordre du jour des travaux de la soixante-septième session de l’Assemblée générale la question intitulée: « Question de lareprésentation équitable au Conseil de sécurité et de l’augmentation du nombre de ses membres, ainsi que d’autres questions ayant trait au Conseil de sécurité ».\n\n\nDemain, vendredi 14 septembre, l’Assemblée générale tiendra à partir de 10 heures un Forum de haut niveau sur la culture"
	ids := entityIDs(extractString(t, text), TypeMeeting)
	if !ids["meeting:UNGA:2012-09-13"] || ids["meeting:UNSC:2012-09-13"] {
		t.Errorf("meetings %v, want the Assembly's of 13 September 2012, no Council meeting that day", ids)
	}
}

// "Demain, vendredi 14 septembre" after "le 15 septembre 2008" in a release of
// 13 September 2012 is the next day, not a day of 2008.
func TestDatelineYearAheadAfterYearsBack(t *testing.T) {
	// https://press.un.org/fr/2012/ag11280.doc.htm (AG/11280, 13 September 2012)
	const text = "En cours au Siège de l'ONU\n\nAG/11280\n\nL’Assemblée générale décide de poursuivre les négociations sur la réforme du Conseil de sécurité lors de sa prochaine et soixante-septième session\n\n13/09/2012\nAssemblée généraleAG/11280\nDépartement de l’information • Service des informations et des accréditations • New York\n\nAssemblée générale                                        \n\nSoixante-sixième session                                   \n\n129e séance plénière – après-midi\n\n\nL’ASSEMBLÉE GÉNÉRALE DÉCIDE DE POURSUIVRE LES NÉGOCIATIONS SUR LA RÉFORME\n\nDU CONSEIL DE SÉCURITÉ LORS DE SA PROCHAINE ET SOIXANTE-SEPTIÈME SESSION\n\n\nElle décide de réunir le Groupe de travail sur la représentation\n\néquitable et l’augmentation du nombre de membres du Conseil de sécurité\n\n\nL’Assemblée générale des Nations Unies a décidé cet après-midi de poursuivre les négociations intergouvernementales, qu’elle a lancées le 15 septembre 2008*, sur la réforme du Conseil de sécurité en séance plénière informelle lors de sa prochaine et soixante-septième session.\n\n\nPar le projet de décision orale adopté sans vote par les États Membres, l’Assemblée a aussi décidé de réunir le Groupe de travail à composition non limitée sur la représentation équitable et l’augmentation du nombre de membres du Conseil de sécurité et autres questions relatives au Conseil de sécurité.\n\n\nPar ce texte, elle décide aussi d’inclure à l’ordre du jour des travaux de la soixante-septième session de l’Assemblée générale la question intitulée: « Question de lareprésentation équitable au Conseil de sécurité et de l’augmentation du nombre de ses membres, ainsi que d’autres questions ayant trait au Conseil de sécurité ».\n\n\nDemain, vendredi 14 septembre, l’Assemblée générale tiendra à partir de 10 heures un Forum de haut niveau sur la culture"
	ids := entityIDs(extractString(t, text), TypeMeeting)
	if !ids["meeting:UNGA:2012-09-14"] || ids["meeting:UNGA:2008-09-14"] {
		t.Errorf("meetings %v, want the Assembly's forum of 14 September 2012", ids)
	}
}
