package extract

import "testing"

// French page frames abbreviate months without a dot ("12 aoû 2020").
func TestFrenchMonthAbbreviations(t *testing.T) {
	checkDates(t, []dateCase{
		// peacekeeping.un.org/fr/sur-fond-de-covid-19-lengagement-de-lonu-en-faveur-de-la-paix-est-plus-urgent-que-jamais
		{"fr", "a mis en garde mercredi le chef de l'ONU devant le Conseil de sécurité. 12 aoû 2020", []string{"2020-08-12"}},
		// dppa.un.org/fr/reports/all
		{"fr", "Bienvenue aux Nations Unies Reports and Policy Documents 2024 20 sep 2024 New York, 21 September 2024", []string{"2024-09-20", "2024-09-21"}},
	})
}
