package extract

import "testing"

// In a release of the Economic and Social Council that never names the
// Security Council, a bare "le Conseil" is the Economic and Social
// Council, as the Human Rights Council's is in its releases.
func TestBareCouncilIsTheNamedECOSOC(t *testing.T) {
	// https://press.un.org/fr/2007/ECOSOC6272.doc.htm (ECOSOC/6272, 28 June 2007)
	text := "ECOSOC/6272\n" +
		"\n" +
		"LE CONSEIL ÉCONOMIQUE ET SOCIAL TIENT SA SESSION DE FOND DE 2007 À GENÈVE DU 2 AU 27 JUILLET\n" +
		"\n" +
		"28/06/2007\n" +
		"Conseil économique et socialECOSOC/6272\n" +
		"Département de l’information • Service des informations et des accréditations • New York\n" +
		"\n" +
		"Communiqué de base\n" +
		"\n" +
		"\n" +
		"LE CONSEIL ÉCONOMIQUE ET SOCIAL TIENT SA SESSION DE FOND DE 2007 À GENÈVE DU 2 AU 27 JUILLET\n" +
		"\n" +
		"\n" +
		"Le débat de haut niveau donnera lieu au premier examen ministériel annuel et au lancement du Forum pour la coopération en matière de développement\n" +
		"\n" +
		"\n" +
		"(Publié tel que reçu)\n" +
		"\n" +
		"\n" +
		"Genève, 28 juin (Service d’information des Nations Unies) -- Le Conseil économique et social, organe principal de coordination des activités économiques et sociales de l’ONU et de ses organismes et institutions spécialisées, tiendra sa session de fond de 2007, du 2 au 27 juillet, en salle XIX du Palais des Nations à Genève.\n" +
		"\n" +
		"\n" +
		"Le thème retenu cette année pour le débat de haut niveau, qui se tiendra du 2 au 5 juillet, est celui du renforcement de l’action menée à tous les niveaux pour promouvoir une croissance économique durable favorable aux pauvres, notamment grâce à des politiques macroéconomiques équitables.  Au cours de ce débat de haut niveau et conformément à ce que lui avaient demandé les dirigeants mondiaux à l’issue du Sommet mondial de 2005 afin d’accélérer la mise en œuvre de l’Agenda des Nations Unies pour le développement, le Conseil procédera pour la première fois, les 3 et 4 juillet, à un examen ministériel annuel, à l’issue duquel il adoptera une déclaration ministérielle.  Cet examen sera consacré en particulier au renforcement de l’action menée pour éliminer la pauvreté et la faim, notamment grâce au partenariat mondial pour le développement.  Le 5 juillet, le Conseil tiendra le Forum pour la coopération en matière de développement, que le Sommet mondial de 2005 avait chargé de Conseil de tenir tous l\n" +
		"\n"
	ids := entityIDs(extractString(t, text), TypeMeeting)
	for _, want := range []string{"meeting:ECOSOC:2007-07-03", "meeting:ECOSOC:2007-07-05"} {
		if !ids[want] {
			t.Errorf("meetings %v, want %s", ids, want)
		}
	}
	for id := range ids {
		if id[:len("meeting:UNSC")] == "meeting:UNSC" {
			t.Errorf("meetings %v: %s is given to the Security Council", ids, id)
		}
	}
}
