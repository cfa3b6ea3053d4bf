package extract

import "testing"

// A page with no dated header that closes on its publication line ("word(s)
// DATE [at] TIME") is dated by it; a place and date set off by a comma, or a
// date line with more text after it, is not. Text: eadaily.com (7 November
// 2023), the Council's open meeting announced for Thursday 9 November.
func TestPublishedFooterDate(t *testing.T) {
	// The story's body, long enough that its last line is past the opening a
	// document's date is looked for in.
	body := "Совбез ООН проведет 9 ноября открытое заседание по Ближнему Востоку\n\n" +
		"Совет Безопасности ООН проведет в четверг, 9 ноября, открытое заседание по ближневосточному конфликту. Об этом заявила журналистам постоянный представитель ОАЭ при ООН Лана Заки Нусейба.\n\n" +
		"«Открытое заседание [СБ ООН] состоится в четверг», — сказала она.\n\n" +
		"Нусейба добавила, что Китай, председательствующий в СБ ООН в ноябре, «намерен регулярно проводить заседания [Совбеза], как формальные, так и неформальные, чтобы удерживать в центре внимания эту гуманитарную катастрофу».\n\n" +
		"В понедельник Совет Безопасности ООН провел закрытое заседание по ближневосточному конфликту. Встреча была инициирована Китаем и ОАЭ в связи с ударами по лагерю палестинских беженцев Джабалия на севере сектора Газа и колонне машин скорой помощи возле центральной больницы «Аш-Шифа».\n\n"
	cases := []docDateCase{ // each text is a footer under body
		{"ru published at", "Опубликовано 7 ноября 2023 в 02:30\n", "2023-11-07"},
		{"en published comma time", "Published 7 November 2023, 02:30\n", "2023-11-07"},
		{"place and date", "Нью-Йорк, 7 ноября 2023\n", ""},
		{"text after", "Опубликовано 7 ноября 2023 в 02:30 по московскому времени, читайте также\n", ""},
	}
	for i := range cases {
		cases[i].text = body + cases[i].text
	}
	checkDocDates(t, cases)
}
