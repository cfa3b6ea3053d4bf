package extract

// Pages that redistribute UN releases from the United States print their
// stamps month first ("07/22/2025 | Press release | Distributed by Public on
// 07/22/2025 13:36", pubt.io's header over a French release of the
// Secretary-General's remarks). The day-first reading stays the rule
// (date_numeric_order_test.go: "04/12/2002" is 4 December); only a stamp with
// a slash whose second number can be no month (over 12) while its first can
// be one is read month first (numericDates in dates.go).
