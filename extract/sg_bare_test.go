package extract

import "testing"

// The bare lower-case title is the Secretary-General where the document names
// him in full, and not where it is another organization's or a deputy's.
// Passages from real pages (their addresses beside each).
func TestBareSecretaryGeneral(t *testing.T) {
	checkSGMentions(t, []sgMentionCase{
		{
			// https://censor.net/ru/news/3337563/sovet_bezopasnosti_oon_zaslujil_razocharovanie_ego_rabotoyi_guterrish
			name: "ru, the title after the full name",
			text: "Генеральный секретарь ООН Антониу Гутерриш заявил, что Совбез не сделал того, что был должен.\n\n\"Многие мировые лидеры приложили усилия для прекращения агрессии, пока безрезультатно\", - добавил генеральный секретарь.",
			want: []string{"Генеральный секретарь ООН", "генеральный секретарь"},
		},
		{
			// https://zactus.fr/posts/onu-perturbations-souffrance-humaine-impunite-aide-humanitaire
			name: "fr, the title after the full name",
			text: "Le secrétaire général de l'ONU a mis en garde contre les coupes dans l'aide au développement qui font des ravages. Le secrétaire général a souligné que nous sommes actuellement dans une période de perturbations et de souffrance humaine impitoyable.",
			want: []string{"secrétaire général de l'ONU", "secrétaire général"},
		},
		{
			// https://francais.news-pravda.com/world/2023/07/31/12551.html: the OIC's officer, then the UN's
			name: "fr, another organization's secretary-general",
			text: "Le secrétaire général de l'Organisation de la coopération islamique (OCI), Hissein Brahim Taha, a informé les gouvernements suédois et danois ainsi que le secrétaire général de l'ONU, Antonio Guterres.",
			want: []string{"secrétaire général de l'ONU"},
		},
		{
			// https://es.szhy-jx.com/news//daily-press-briefing-by-the-office-of-the-spokesperson-for-the-secretary.html: a deputy
			name: "es, a deputy's title",
			text: "El secretario general de la ONU, António Guterres, condenó el ataque. Ayer en Japón, el secretario general adjunto de Asuntos de Desarme, Izumi Nakamitsu, leyó un mensaje en Hiroshima.",
			want: []string{"secretario general de la ONU"},
		},
	})
}
