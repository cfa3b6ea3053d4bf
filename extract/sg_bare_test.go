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
		{
			// http://m.notimerica.com/politica/noticia-onu-consejo-derechos-humanos-onu-inaugura-primera-sesion-manana-ginebra-20060618095310.html:
			// "the Organization" after the title is the UN, named just before
			name: "es, the Secretary-General of the Organization",
			text: "La creación del Consejo de Derechos Humanos --cuyo objetivo será la promoción y protección de las garantías fundamentales-- forma parte de la reforma del sistema de Naciones Unidas, propuesta originalmente por el secretario general de la organización, Kofi Annan, y enriquecida y aprobada por la Asamblea General de la ONU.",
			want: []string{"secretario general de la organización"},
		},
		{
			// https://fr.sputniknews.com/international/202007011044040694-un-cessez-le-feu-mondial-immediat-lonu-vote-une-resolution-a-lunanimite/
			name: "fr, the Secretary-General of the Organization",
			text: "La résolution soutient que les membres du Conseil de sécurité tiennent compte des mesures proposées par le secrétaire général de l'organisation, «en particulier son appel à un cessez-le-feu mondial immédiat».",
			want: []string{"secrétaire général de l'organisation"},
		},
		{
			// http://www.hispantv.com/noticias/fotos/327120/antonio-guterres-juramento-naciones-unidas-ban-kimoon: the UN named in full after the title
			name: "es, the Secretary-General of the United Nations Organization",
			text: "Antonio Guterres presta juramento en Nueva York como nuevo secretario general de la Organización de las Naciones Unidas (ONU), 12 de diciembre de 2016.",
			want: []string{"secretario general"},
		},
		{
			// http://misiones.cubaminrex.cu/es/articulos/183?page=41 (Prensa Latina): the UN's name right after the title
			name: "es, the title before the UN's name",
			text: "En reiteradas ocasiones, el secretario general Naciones Unidas, António Guterres, ha advertido sobre los grandes desafíos que enfrentan muchas naciones africanas marcadas por enfrentamientos, extremismo violento, la inseguridad alimentaria y los problemas derivados del cambio climático.",
			want: []string{"secretario general"},
		},
		{
			// https://www.canal12misiones.com/noticias-de-misiones/internacionales-2/oea-corte-penal-internacional-nicolas-maduro:
			// another organization named in full after "Organización"
			name: "es, the OAS's secretary-general",
			text: "El secretario general de la Organización de Estados Americanos (OEA), Luis Almagro, pidió a la Corte Penal Internacional (CPI) que procese a Nicolás Maduro y a su cúpula por crímenes de lesa humanidad.",
			want: nil,
		},
		{
			// http://www.elsoldelasnoticias.com/la-otan-admite-su-responsabilidad-para-que-la-guerra-no-salga-de-ucrania/
			name: "es, NATO's secretary-general",
			text: "El secretario general de la OTAN, Jens Stoltenberg, reconoció este miércoles que la Alianza tiene una «responsabilidad» para asegurar que la guerra no se extiende más allá de Ucrania y admitió que el conflicto tendrá consecuencias «duraderas» para la seguridad de los aliados.",
			want: nil,
		},
	})
}
