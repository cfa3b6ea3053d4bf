package extract

import (
	"slices"
	"testing"
)

// The body States are elected to is passed over by the organ resolver, in
// every naming of it in the sentence; the Assembly that votes and an organ
// that elects its own officer are not. Passages from real pages (their
// addresses beside each).
func TestElectedOrganIsPassedOver(t *testing.T) {
	cases := []struct {
		source, text string
		elected      []string // the organs passed over, one a mark, in order
		kept         []string // the organs not passed over
	}{
		{"https://russian.news.cn/20250605/c30a97488c9e4facbaa8659fae03ff0a/c.html",
			"ООН, 5 июня /Синьхуа/ -- Восемнадцать стран, включая Китай, были избраны в среду на три года в Экономический и социальный совет ООН /ЭКОСОС/ -- координационный орган по экономической и социальной работе учреждений и фондов ООН.",
			[]string{"ECOSOC", "ECOSOC"}, nil},
		{"https://1hut.ru/policy/2025/06/%d1%80%d0%be%d1%81%d1%81%d0%b8%d1%8e-%d0%b8%d0%b7%d0%b1%d1%80%d0%b0%d0%bb%d0%b8-%d0%b2-%d1%8d%d0%ba%d0%be%d0%bd%d0%be%d0%bc%d0%b8%d1%87%d0%b5%d1%81%d0%ba%d0%b8%d0%b9-%d0%b8-%d1%81%d0%be%d1%86%d0%b8 (TASS)",
			"ООН, 5 июня. /ТАСС/ Россия была избрана в Экономический и Социальный совет ООН (ЭКОСОС) по итогам голосования в Генеральной Ассамблее.",
			[]string{"ECOSOC", "ECOSOC"}, []string{"UNGA"}},
		{"https://socialnews.xyz/2022/06/10/17-states-elected-into-un-economic-and-social-council-for-3-yr-term",
			"Seventeen states were elected into the UN Economic and Social Council (ECOSOC), the coordinating body for the economic and social work of UN agencies and funds, for a three-year term.",
			[]string{"ECOSOC", "ECOSOC"}, nil},
		{"https://news.un.org/fr/story/2016/10/346742",
			"À la majorité simple des 193 votants, l'Afrique du Sud, l'Arabie saoudite, le Brésil, la Chine, la Croatie, Cuba, l'Égypte, les États-Unis, la Hongrie, l'Iraq, le Japon, le Rwanda, le Royaume-Uni et la Tunisie ont été élus au Conseil des droits de l'homme pour un mandat de trois ans à compter du 1er janvier 2017.",
			[]string{"HRC"}, nil},
		{"http://www.un.org/News/fr-press/docs/2012/AG11308.doc.htm",
			"L’Assemblée générale a élu à l’ECOSOC les 18 États membres suivants qui y siègeront à partir du 1er  janvier 2013.",
			[]string{"ECOSOC"}, []string{"UNGA"}},
		{"http://www.memt.com.cn/product/713477.html (taihainet, testdata/dev2/zh_913)",
			"这五国当选联合国安理会非常任理事国",
			[]string{"UNSC"}, nil},
		{"https://www.gzstv.com/a/bdd4f5066f8c4c12bc7da6df4df98ba9: the Assembly elects its own President",
			"德国前外长贝尔伯克当选第80届联大主席\n\n联合国大会当地时间6月2日选举德国前外长贝尔伯克为第80届联大主席。",
			nil, []string{"UNGA", "UNGA", "UNGA"}},
		{"http://syria.news/24465d29-28061612.html (testdata/dev2/ar_114)",
			"انتخبت الجمعية العامة للأمم المتحدة يوم الثلاثاء، السويد وإثيوبيا وبوليفيا، أعضاء غير دائمين في مجلس الأمن الدولي للفترة 2017 – 2018.",
			[]string{"UNSC"}, []string{"UNGA"}},
		{"https://mre.gov.py/index.php/noticias-de-embajadas-y-consulados/paraguay-fue-electo-miembro-del-consejo-economico-y-social-de-las-naciones-unidas",
			"Paraguay, hoy jueves 8 de junio, fue electo miembro del Consejo Económico y Social (ECOSOC) de las Naciones Unidas, para el periodo 2024-2026, en una votación celebrada en el marco de la 77° Sesión de la Asamblea General.",
			[]string{"ECOSOC", "ECOSOC"}, []string{"UNGA"}},
	}
	x := builtin(t)
	for _, c := range cases {
		d, err := x.extract("test.txt", []byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		var elected, kept []string
		for _, m := range d.organMarks() {
			if d.recipientOrgan(m) {
				elected = append(elected, m.organ)
			} else {
				kept = append(kept, m.organ)
			}
		}
		d.release()
		if !slices.Equal(elected, c.elected) || !slices.Equal(kept, c.kept) {
			t.Errorf("%s: passed over %v, kept %v; want %v, %v", c.source, elected, kept, c.elected, c.kept)
		}
	}
}

// The meeting of an election goes to the Assembly that votes, not to the
// body elected to, named nearer the date.
func TestElectionMeetingIsTheAssemblys(t *testing.T) {
	// https://mre.gov.py/index.php/noticias-de-embajadas-y-consulados/paraguay-fue-electo-miembro-del-consejo-economico-y-social-de-las-naciones-unidas
	text := "Paraguay, hoy jueves 8 de junio, fue electo miembro del Consejo Económico y Social (ECOSOC) de las Naciones Unidas, para el periodo 2024-2026, en una votación celebrada en el marco de la 77° Sesión de la Asamblea General."
	ids := entityIDs(extractString(t, text), TypeMeeting)
	if len(ids) != 1 || !ids["meeting:UNGA:2024-06-08"] {
		t.Errorf("meetings %v, want meeting:UNGA:2024-06-08", ids)
	}
}
