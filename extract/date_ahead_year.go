package extract

// A document of early January announcing the month ahead names the end of
// the presidency before it with its year ("qui s'est achevée le 31 décembre
// 2023") and then the days to come without one ("présidera ainsi le 23
// janvier un débat ministériel ouvert", France's page of 3 January 2024):
// the nearest year would put such a day eleven months before the document,
// the document's own year a few weeks after it. In every genre but a
// resolution (whose days without a year are vetoed), a day written without
// its year that the document's year puts within two months after its date,
// while the nearest year printed before it (the year before the document's)
// would put it over 300 days back, takes the document's year
// (datelineYear in date_dateline_year.go).
