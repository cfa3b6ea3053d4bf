package extract

import "testing"

// TestDev2Gold scores extraction on testdata/dev2, the second development set
// (texts of every genre in six languages gathered after the first rules were
// written), with the fact sets of TestScoreAgainstGold and score.py. The floors
// are the scores measured when the set was assembled, so no change loses ground.
// Round 31-32 (session 15) added 50 blind texts of the official genres (ar/zh/ru/es/fr/en: SG and PGA
// speeches, press releases, PRSTs, resolutions, records; gold written before any run), 626 in all: with
// the rules of the start (bf0dc97) meetings 0.901, presidency 0.857, attendance 0.809, references
// 0.707; after the session's rules 0.906, 0.860, 0.812, 0.718. Floors: those minus 0.002.
func TestDev2Gold(t *testing.T) {
	c := scoreGoldDir(t, "../testdata/dev2", 746)
	// Measured 2026-12-01 when the set was merged (64 texts): organizations 0.981,
	// countries 0.992, meetings 0.878, presidency 0.872, attendance 0.850,
	// citations 1.000, references 0.222; after round 5: meetings 0.942, presidency
	// 0.947, attendance 0.900, references 0.800 (8 gold references). Round 6 added
	// 35 texts (99): meetings 0.942, presidency 0.842, attendance 0.879,
	// citations 1.000, references 0.941 (18 gold references). Round 8 added 17
	// (116: verbatim covers, some OCR-noisy; letters; symbol lists; attendance);
	// after rounds 7 and 8: organizations 0.987, countries 0.985, meetings 0.957,
	// presidency 0.884, attendance 0.944, citations 0.978, references 0.971.
	// Round 9 (h-att9a) added 5 attendance texts (121): attendance 0.925 with the
	// rules before them, 0.938 after its rules.
	// Round 9 (h-meet9) added 5 (121: programmes of work, presidency news) and
	// took meetings to 0.938, presidency 0.864, references 0.919 before its rules;
	// after them: meetings 0.941, presidency 0.883 (the 116 alone: 0.961, 0.897).
	// Round 9 (h-att9b) added 8 (124: attendance in en/fr/es); with them and their
	// rules: meetings 0.956, presidency 0.884, attendance 0.927 (the AU PSC's
	// attendance at a joint meeting named only as "meets with", two Spanish misses),
	// references 0.971.
	// Round 9 (h-cit9) added 6 (140: citations); after rounds 9 and 10 merged:
	// organizations 0.986, countries 0.984, meetings 0.958, presidency 0.932,
	// attendance 0.913, citations 0.971, references 0.919. After round 11:
	// organizations 0.993, countries 0.993, presidency 0.925 (a room's name no
	// longer hides a wrong meeting's presidency), attendance 0.925.
	// Round 12 (h-zh12) added 7 Chinese news stories and a PRST (147), with
	// the rules before them: meetings 0.950, presidency 0.913, attendance
	// 0.907, references 0.895 (floors lowered to these).
	// Round 12 (h-ru12) added 10 Russian texts (150); one announcing a
	// high-level meeting the Secretary-General is to address
	// (ru_287) took attendance to 0.915 (floor 0.91) before its rules (0.902
	// with h-zh12's texts: floor 0.90);
	// after them: meetings 0.960 (0.951 before), organizations 0.992.
	// Round 12 (h-fres12) added 7 fr/es texts (147) with the rules before them:
	// meetings 0.946, presidency 0.908, attendance 0.907, references 0.872; after
	// its rules: meetings 0.955, presidency 0.915, attendance 0.928, references 0.919.
	// Round 12 (h-ref12) added 5 resolutions and statements in en, fr, zh, ru, es
	// (145): with the rules before them meetings 0.949 (332/350) (a recalled ECOSOC meeting
	// named after its date goes to the Council) and references 0.851; after its
	// fixes (an organ named on the next line of a wrapped preamble, symbols with a
	// space after each slash, a cited symbol wrapped onto a line of its own):
	// meetings 0.954, citations 0.973, references 0.894. An Arabic news story
	// (146) dates the Council's adoption of its annual report "الموجه للجمعية
	// العامة" to the Assembly named after the date: meetings 0.949 (334/352);
	// 0.955 once a report's recipient holds no meeting (organ_recipient.go).
	// Round 12 (h-en12) added 7 English texts (147: a record, two press releases,
	// statements by the SG, the EU, the AU and the PGA) with the rules before
	// them: meetings 0.950, presidency 0.920 (0.9197), attendance 0.902; its
	// week-ahead story (148) took meetings to 0.946 with the rules of then. After
	// its rules: meetings 0.960, presidency 0.921, attendance 0.906.
	// Round 12 (h-ar12) added 7 Arabic news texts (147); with the rules before
	// them: meetings 0.949, presidency 0.920, attendance 0.907, references 0.895
	// (a press conference and a press release's date read as meetings, "امس"
	// beside a header date, a Secretary-General who opens the Assembly), so those
	// floors are lowered to these scores until their rules. After the header's
	// shifted day word, the press conference and the opener of a session:
	// meetings 0.954, attendance 0.928; after all of round 12's Arabic rules:
	// meetings 0.957, presidency 0.921, attendance 0.928, references 0.895 (a
	// press release's date in ar_281 read as a recalled meeting).
	// Round 12 (h-multi12) added 9 (149: one Council decision, resolution 2532
	// of 1 July 2020, reported in six languages): references 0.895 with the
	// rules before them (the Chinese resolution's "联合国大会2020年4月2日通过的
	// 第74/270号决议" read as a General Assembly meeting recalled); after
	// notmeeting/zh-adopted-resolution: meetings 0.957, references 0.919.
	// fr_291 (149) was read as Spanish until "de"/"en" counted for French too;
	// its date line "12 aoû 2020" is still unread, so its meeting and the
	// Secretary-General's attendance are missed: attendance 0.917 (floor 0.915).
	// Round 12 merged (196 texts): organizations 0.989, countries 0.993,
	// meetings 0.951, presidency 0.910, attendance 0.889, citations 0.975,
	// references 0.857. Its 56 new texts with the rules from before the round:
	// meetings 0.765, presidency 0.774, attendance 0.581, references 0.400
	// (0.928, 0.839, 0.788, 0.667 with its rules).
	// Round 13 (h-fresh13a) added 10 ar/zh/ru news texts (206), gold written
	// without the tool, scored once with the rules of round 12: meetings 0.939
	// (230/12/18), presidency 0.908 (79/5/11), attendance 0.862 (56/5/13), the
	// other categories unchanged; floors lowered to these.
	// Round 13 added 13 fresh English, French and Spanish texts (209), gold
	// written without running the tool: meetings 0.9465, presidency 0.9029,
	// attendance 0.8702 (on them: "adoptó el jueves" under "28/10/04" and
	// "aujourd'hui" under "07/22/2025" unread, a bare "el secretario general"
	// missed, the next month's president taken, the Secretary-General's
	// speeches at the 2025 debates not read as attendance), so those floors
	// are the measured values.
	// Round 13 merged (219 texts; 23 of them gold written without running
	// unkg): organizations 0.989, countries 0.993, meetings 0.935,
	// presidency 0.901, attendance 0.844, citations 0.975, references 0.857.
	// Round 15 (h-fresh15b) added 11 fresh English, French and Spanish texts
	// (230), gold written without running unkg: presidency 0.886 (82/7/14),
	// attendance 0.811 (58/7/20), references 0.823 (21/4/5), so those floors
	// are the measured values (on them: the Secretary-General's briefing and
	// his announced address at the Assembly's opening not read as attendance,
	// an AU statement's delivery day and addressee President unread, the
	// adoption meeting and a decided meeting taken as references).
	// Round 15 added 11 fresh Arabic, Chinese and Russian texts (230), gold
	// written without running the tool: presidency 0.892, attendance 0.818 (on
	// them: General Assembly openings and high-level meetings not read as
	// meetings, so the Secretary-General's speeches there attend nothing; an
	// Arabic closed meeting "late on Wednesday" under its date line unread with
	// its month's presidency; organizations named beside an announced meeting
	// taken as its attendees), so those floors are the measured values. Both
	// samples together (241): meetings 0.928, presidency 0.878, attendance
	// 0.790, references 0.830; the floors are those, rounded down.
	// Round 15 (h-att15a) added 6 attendance texts (225), gold written before
	// unkg saw them: their misses take presidency to 0.898, attendance to 0.816
	// and references to 0.840 (an announced "after tomorrow Wednesday" from a
	// Monday statement, a two-day meeting dated by its closing day, an EU
	// address in a Chinese rendering read as a reference); floors lowered to
	// those measured values. After its rules (a speech verb in the past tense
	// is no attendance at a later meeting; what a Russian speaker said or whom
	// he called on does not attend): attendance 0.838. Merged with the fresh
	// samples (246; its BelTA story was also fresh15a's ru_402, kept once):
	// meetings 0.924, presidency 0.875, attendance 0.795, references 0.815.
	// Round 15 (h-ref15) added 5 (224: a summary statement, a press release on
	// a presidential statement, a resolution, a PRST, a news story; gold written
	// before running unkg); with the rules before them: presidency 0.891
	// (82/7/13: the press release's undated meeting's presidency put on a
	// recalled open debate; the Arabic date line "21اذار" unread), references
	// 0.824 (21/2/7: a summit and an open debate recalled in a French press
	// release missed), so those floors are the measured values.
	// With h-att15a and the fresh samples (251): meetings 0.924,
	// presidency 0.866, references 0.800 (22/4/7); floors at those, rounded down.
	// Round 15 (h-att15b) added 6 en/fr/es attendance texts (225), gold written
	// before the tool ran on them: presidency 0.898 and attendance 0.816 on
	// the first run (Council briefings "Today" under a date line, speeches
	// delivered to the Council, "will also address", "las exposiciones del
	// Secretario General" unread), so those floors were the measured values;
	// after round 15's rules presidency is 0.904 and attendance 0.824 (a
	// meeting held "today" by the presidency now read), so the floors are
	// 0.90 and 0.82.
	// With h-att15b (257): attendance 0.787 (70/7/31), presidency 0.870.
	// Round 15 (h-sg15) added 5 texts about the Secretary-General (224), gold
	// written before running unkg: attendance fell to 0.814 on them (his
	// speeches at the Assembly's debates, a Deputy's and a video message's
	// participation unread; a press conference read as a meeting); with the
	// round's rules (his surname alone, statements issued, openings of a
	// session) it is 0.844 again, so the floor stays 0.84.
	// With h-sg15 (262): meetings 0.920 (277/12/36), attendance 0.789.
	// Round 15 (h-meet15b) added 6 en/fr/es meeting and presidency texts (225),
	// gold written first; with the rules before them: presidency 0.888 (83/6/15;
	// three presidencies missed: "the council's current president South African
	// Ambassador", "el embajador lituano, ... --presidente de turno del Consejo--",
	// "Le président kenyan ... devrait présider la réunion"), floor lowered to it.
	// After its rules (posting stamps under a headline, "the Council's current
	// President", "dijo a Xinhua la presidencia", ...): meetings 0.942
	// (244/10/20), presidency 0.898 (84/5/14); floor 0.895.
	// With h-meet15b, the end of round 15 (268): meetings 0.924, presidency
	// 0.868, attendance 0.792, references 0.800.
	// Round 15 (h-meet15a) added 5 ar/zh/ru texts (224), gold written before
	// the tool ran on them: presidency 0.896 (82/6/13; Russia's presidency
	// of a programme-of-work meeting missed), so that floor is the measured
	// value until their rules. After notmeeting/ru-bilateral (the new
	// President's bilateral meetings are no Council meeting): presidency
	// 0.902, floor 0.90 again. After all of h-meet15a's rules (a vote's day
	// before 在安理会表决, "الشهر الحالي" days, requested and reporting days):
	// meetings 0.942 (242/11/19), presidency 0.908 (84/6/11).
	// With h-meet15a, the end of round 15 (273): meetings 0.926, presidency
	// 0.875, attendance 0.794, references 0.800.
	// Round 16 (General Assembly news; statements at the Council; no new
	// texts), 273: meetings 0.930, presidency 0.885, attendance 0.806.
	// 2026-12-02, lang17es: five Spanish texts es_490-494 (gold written first);
	// the start rules scored them meetings 1/2/5, presidency 1/0/2, attendance
	// 0/1/8, and with lang17es's rules meetings 2/2/4, presidency 2/0/1; dev2
	// (278) then: meetings 0.922, presidency 0.883, attendance 0.771.
	// Round 17 (lang17ar, 2026-12-02) added ar_440-445 (279), gold first: the
	// start rules scored them meetings 2/1/5, presidency 1/0/1, attendance
	// 1/0/3; after its rules 5/0/2, 2/0/0, 2/0/2, and on all 279 meetings
	// 0.931, presidency 0.896, attendance 0.808 (floors unchanged, below).
	// Round 17 (lang17ru, 2026-12-02) added 5 Russian texts ru_460-464 (278), gold first; the start
	// rules on them: meetings 0.667 (5/0/5), presidency 0.000 (0/0/3), attendance 0.500 (1/0/2);
	// with the Presidents of the Assembly presiding (person lines "officer") and a bare day after a
	// Xinhua dateline read in the dateline's month: presidency 0.500 on them; the 278: meetings
	// 0.927, presidency 0.883, attendance 0.810; with a page's closing publication line as its date
	// ("Опубликовано 7 ноября 2023 в 02:30"): meetings 0.930, presidency 0.893; with ru-r17's Assembly
	// meetings (a session that "начала во вторник свою работу", "Выборы состоялись DATE"): meetings 0.932.
	// Round 17 (lang17fr, 2026-12-02) added 5 French texts fr_480-484 (278), gold written before
	// running unkg: with the start rules they scored meetings 2/1/6, presidency 0/0/2, attendance
	// 0/0/4, references 0/1/0; after lang17fr's rules meetings 5/0/3, presidency 1/1/1, attendance
	// 1/1/3, references 0/0/0; all 278: meetings 0.928, presidency 0.883, attendance 0.798,
	// references 0.800 (the 273 of the start: meetings 0.932, presidency 0.890, attendance 0.812).
	// Round 17 (h-lang17en, 2026-12-02) added 7 English texts (280: Council debates in the press, What's in
	// Blue listings, the UNGA 64 opening), gold written first; the start rules on them: meetings 12/5/0,
	// presidency 1/0/3, attendance 4/1/1, references 0/0/1; on all 280 meetings 0.925, presidency 0.873,
	// attendance 0.806, references 0.786. After its rules (titled officers who preside, Arria-formula
	// meetings, advisers of the Secretary-General, the Deputy Secretary-General's attendance, announced
	// briefers' lists, "U.S."): countries 0.993, meetings 0.928, presidency 0.879, attendance 0.821 (the
	// 273 of the start: attendance 0.818, countries 0.993, the rest unchanged).
	// 2026-12-02, round 17 (h-lang17zh) added 5 Chinese texts zh_450-454 (278; a
	// mission statement, Council and Human Rights Council news), gold first: the
	// start rules give them meetings 5/0/0, attendance 4/0/1 (the EU briefer named
	// beside its topic "联合国与欧盟合作问题"), h-lang17zh's 5/0/0; dev2 (278) after
	// h-lang17zh: meetings 0.941, presidency 0.886, attendance 0.825, references 0.821.
	// 2026-12-02, round 17 (sg17): six texts (en_430, zh_431, ru_432, es_433,
	// ar_434, en_435: the Secretary-General or his Deputy at Assembly openings
	// and debates, a reaction after a vote), gold written first; with the start
	// rules the 279 score meetings 0.927, presidency 0.868, attendance 0.806, and
	// after sg17's rules meetings 0.936, presidency 0.868, attendance 0.864
	// (the 273 of the start: meetings 0.940, attendance 0.863); floors at those.
	// 2026-12-02, round 18 (h-en18) added 5 English texts en_630-634 (311: an EU briefing, two Amani
	// Africa previews of PSC sessions, UNICEF at the Council), gold first; the start rules on them:
	// meetings 4/4/2, presidency 2/0/1, attendance 3/1/2, references 1/1/0; after h-en18's rules
	// (page stamps and regional summits date no meeting, announced PSC briefers, "under the chair of")
	// 4/1/2, 2/0/1, 4/0/1, 1/0/0; all 311: meetings 0.928, presidency 0.893, attendance 0.798,
	// references 0.814 (the 306 of the start: meetings 0.931, presidency 0.895, the rest unchanged).
	// 2026-12-02, round 18 (h-es18b) added es_660-661 (308; two General Assembly openings), gold first:
	// the start rules gave them meetings 3/0/0, presidency 1/0/1, attendance 1/0/0; after h-es18b's
	// rules (a session "fue (declarado) inaugurado ... por X" on a day, a month printed with another
	// year than the meeting's, "el embajador lituano, X --presidente de turno del Consejo--") 3/0/0,
	// 2/0/0, 1/0/0; all 308: meetings 0.930, presidency 0.900 (the 306 of the start: 0.929, 0.898; 0.929, 0.890 before).
	// 2026-12-02, round 18 (h-arzh18) added ar_600, zh_610, zh_611 (309), gold first: the start rules
	// gave them meetings 3/0/1, presidency 2/1/2, attendance 0/0/0; h-arzh18's 4/0/0, 3/0/1, 0/0/0; all
	// 309: meetings 0.932, presidency 0.893, attendance 0.805, citations 0.981 (floors unchanged).
	// 2026-12-02, round 18 (h-fr18) added 3 French texts fr_640-642 (309: two AU PSC communiqués, an
	// ECOSOC release), gold first: the start rules give them meetings 4/2/0, presidency 1/0/2,
	// attendance 0/0/2, references 1/0/0 (all 309: meetings 0.928, presidency 0.883, attendance 0.789,
	// references 0.814); after h-fr18's rules presidency 2/1/1 there (a PSC chair "pour le mois de" M).
	// Round 18 (es18a, 2026-12-02) added 4 Spanish texts (310: an AU briefing "hoy",
	// the EU's Borrell "este jueves", a protection-of-civilians debate "este
	// miércoles", the OAS observer's statement at the debate of 15 February 2016),
	// gold first: the start rules give them meetings 0/1/4, presidency 0/0/3,
	// attendance 0/0/5, references 0/1/0 (no year or day in the news texts: "28 may
	// (EFE)", "hoy" without a date line; the statement's date line above "del día de
	// hoy" not read as its day, "(el 16.10.1948)" read as a recalled meeting), the
	// same after its rules; dev2 (310) after them: meetings 0.923, presidency 0.879
	// (floor 0.877), attendance 0.782, references 0.793.
	// 2026-12-02, round 18 (ru18) added ru_620-622 (309: announced Council meetings with the OSCE
	// Chairperson, the European Council's President, France's September presidency), gold first: the
	// start rules on them meetings 2/0/1, presidency 1/1/1, attendance 1/0/1; after ru18's rules 2/0/1,
	// 1/0/1, 2/0/0; dev2 (309) meetings 0.934, presidency 0.887, attendance 0.803, citations 0.984;
	// merged with main (328): meetings 0.934, presidency 0.892, attendance 0.839, citations 0.989 (main's
	// rules on the same 328: 0.929, 0.889, 0.835, 0.981).
	// 2026-12-02, round 19 (dsg19) added fr_680 and ar_681 (334; the Deputy Secretary-General before the
	// Council), gold first: the start rules gave them meetings 1/0/0, attendance 0/0/1 (ar_681's briefing
	// has no day); after dsg19's rules (fr-r19dsg: the deputy's title captured, "vice Secrétaire général"
	// masked) attendance 1/0/0; all 334: attendance 0.828 (0.824 with the start rules), the rest unchanged.
	// 2026-12-02, round 19 (pga19) added fr_690 and ar_691 (334: the 80th session declared open "mardi
	// 9 septembre par Annalena Baerbock, la nouvelle présidente", its general debate opened "اليوم
	// الثلاثاء، من قبل رئيسة الدورة"), gold first: the start rules on them meetings 3/1/0, presidency
	// 0/0/2, attendance 0/0/0, references 0/0/0; after pga19's rules 3/0/0, 2/0/0; dev2 (334) meetings
	// 0.928, presidency 0.884, attendance 0.827, citations 0.989 (the 332 of the start unchanged).
	// Then zh_692 (335: the same opening in Xinhua's words, no one said to preside), gold first: the
	// start rules and pga19's give it meetings 1/0/0, presidency 0/0/0.
	// 2026-12-02, round 19 (hrc19) added en_670, es_671, ar_672 (335: Human Rights Council session
	// openings), gold first: the start rules on them meetings 2/1/1, presidency 1/0/0, attendance 1/0/4,
	// references 0/0/0; after hrc19's rules 2/0/1, 1/0/0, 2/0/3, 0/0/0; all 335: organizations 0.990,
	// meetings 0.927, presidency 0.883, attendance 0.821 (the 332 of the start unchanged).
	// End of session 9 (2026-12-02): the blind samples of rounds 17 and 18 added
	// too (27 texts, *_5[0-5]N_* and *_7[0-5]N_*; nine others left out as copies of
	// corpus, eval or dev2 texts), 367 texts: organizations 0.988, countries
	// 0.990, meetings 0.921, presidency 0.877, attendance 0.806, citations 0.987,
	// references 0.800 (the session's start binary on the same 367: 0.985, 0.988,
	// 0.873, 0.793, 0.712, 0.973, 0.758). Floors 0.002 below.
	// 2026-12-02, round 21 (h-en21) added en_920-en_924 (372; General Assembly openings, a Council debate),
	// gold first: the start rules on them organizations 14/1/0, countries 17/1/0, meetings 4/0/4,
	// presidency 1/0/2, attendance 0/0/3 (after the gold of en_920 and en_924 was corrected to date ''
	// for their undated texts: meetings 4/0/0, presidency 1/0/1, attendance 0/0/2); after its rules
	// (en-attendance.tsv) meetings 4/0/0, presidency 2/0/0, attendance 1/0/1; all 372: organizations 0.987,
	// countries 0.990, meetings 0.921, presidency 0.879, attendance 0.805, citations 0.987, references
	// 0.800 (the start rules on the same 372: attendance 0.801, below its floor 0.804, so the attendance
	// floor is lowered to 0.799; presidency 0.875).
	// 2026-12-02, round 21 (h-ar21) added ar_900-904 (5), gold first: the start rules on them meetings 4/2/4,
	// presidency 1/3/2, attendance 0/0/2, references 0/2/0; after its rules meetings 6/1/2, presidency 2/0/1,
	// attendance 2/0/0, references 0/1/0; all 372: organizations 0.988, countries 0.990, meetings 0.921,
	// presidency 0.879, attendance 0.809, citations 0.987, references 0.788 (the start binary on the same 372:
	// 0.987, 0.990, 0.915, 0.864, 0.801, 0.987, 0.776). The new texts lower references below its floor (904
	// recalls the session's opening, which the background rule reads as a reference): that floor is the new
	// figure minus 0.002 (0.785, as 0.7879 is printed 0.788).
	// 2026-12-02, round 21 (h-en21b), no texts added: English rules for the dev2 misses and extras
	// (rules/data/pattern/en-presidency.tsv); all 367: meetings 0.921 -> 0.925 (fp 25 -> 22), presidency
	// 0.877 -> 0.890, attendance 0.806 -> 0.820, the others unchanged; floors unchanged.
	// 2026-12-02, round 21 (h-es21) added es_950-953 (371), gold first: the start rules on them organizations
	// 5/3/4 (6/2/4 after es_952's gold took UN from "Coordinador Especial de NNUU", es_101's precedent),
	// countries 7/0/0, meetings 1/0/1, presidency 0/0/1, attendance 0/0/0; after its rules 8/2/2, 7/0/0,
	// 1/0/1, 0/0/1, 0/0/0; all 371: organizations 0.986, countries 0.990, meetings 0.920, presidency 0.874,
	// attendance 0.806, citations 0.987, references 0.800 (start rules on 371: organizations 0.985, presidency
	// 0.874, the others the same): organizations and presidency floors lowered to 0.983 and 0.872.
	// 2026-12-02, round 21 (h-fr21) added fr_930-935 (373), gold first: the start rules on them
	// meetings 5/0/1, presidency 1/0/0, attendance 3/0/0, references 0/0/1 (organizations 19/1/0);
	// after its rules 6/0/0, 1/0/0, 3/0/0, 0/0/1 (19/0/0); all 373: organizations 0.988, countries
	// 0.990, meetings 0.924, presidency 0.881, attendance 0.810, citations 0.987, references 0.788
	// (the start rules on the same 373: 0.988, 0.990, 0.920, 0.878, 0.810, 0.987, 0.788).
	// fr_930's reference (the opening of the 76th session, 8 days before the AZERTAC story, whose
	// ' date 2021-09' stamp gives no document day) lowers references with the start rules to 0.788:
	// its floor is lowered to 0.786.
	// 2026-12-02, round 21 (h-zh21) added zh_910-914 (372), gold first: the start rules on them meetings 6/1/1,
	// presidency 1/0/0, attendance 1/0/1, references 1/1/0 (the references floor would have been lowered to 0.792: all 372 with the
	// start rules: references 0.794, below the 0.798 floor: zh_914's "去年10月7日巴以衝突升級" read as a recalled meeting).
	// After its rules (pattern/zh-meetings.tsv, ECOSOC spellings in org/zh.tsv, "开幕式上说" in trigger/zh.tsv) on them
	// meetings 7/0/0, presidency 1/0/0, attendance 2/0/0, references 1/0/0; all 372: organizations 0.988, countries
	// 0.990, meetings 0.922, presidency 0.878, attendance 0.809, citations 0.987, references 0.806 (floor back at 0.798).
	// 2026-12-02, round 21 (h-ru21) added ru_940, ru_941, ru_942, ru_943 (371), gold first: the start rules
	// on them meetings 3/0/2, presidency 3/0/1, attendance 0/0/0; after its rules 4/0/1, 3/0/1, 0/0/0;
	// all 371: organizations 0.988, countries 0.990, meetings 0.920, presidency 0.877, attendance 0.806,
	// citations 0.987, references 0.800 (the start rules on all 371: meetings 0.919, the rest the same).
	// End of round 21 (2026-12-02, session 10): 396 texts: organizations 0.987, countries 0.990,
	// meetings 0.926, presidency 0.889, attendance 0.823, citations 0.987, references 0.783 (the
	// session's start binary on the same 396: 0.985, 0.990, 0.913, 0.861, 0.799, 0.987, 0.761). Its 29
	// new gold-first texts (*_9NN_*) with the start rules: meetings 0.793, presidency 0.636, attendance
	// 0.615; after the round's rules 0.847, 0.857, 0.875. Floors 0.002 below the measured scores.
	// 2026-12-02, round 22 (h-ar22) added ar_960-963 (400), gold first: the start rules on them organizations 9/0/0,
	// countries 21/1/0 (22/0/0 after ar_962's gold took CHE from the adjective "جنيف السويسرية"), meetings 4/1/2,
	// presidency 2/1/1, attendance 0/0/0; after its rules (pattern/ar-presidency.tsv) meetings 4/1/2, presidency 3/1/0;
	// all 400: organizations 0.987, countries 0.991, meetings 0.924 (0.9236), presidency 0.888, attendance 0.823,
	// citations 0.987, references 0.783 (the start rules on the same 400: meetings 0.9236, presidency 0.885, below
	// their floors 0.924 and 0.887: ar_960's presidency start "صباح أمس الثلاثاء رئاسة المجلس" read as a meeting and
	// its ordinal range "من الثالث والعشرين وحتى التاسع والعشرين", ar_961's undated vote): floors lowered to 0.921 and 0.883.
	// 2026-12-02, round 22 (h-fr22) added fr_990, fr_991, fr_992 (399), gold first: the start rules on them
	// meetings 3/3/2, countries 80/0/1, presidency 0/0/0, attendance 0/0/0; after its rules (Go: the council
	// phrase inside ECOSOC's name, organ_council_ecosoc.go; the header's organ line, organ_header_line.go; a
	// day weeks ahead after a date of another year, date_dateline_year.go; KNA spellings in country/fr.tsv)
	// meetings 4/0/1, countries 81/0/0; all 399: organizations 0.987, countries 0.991, meetings 0.926,
	// presidency 0.889, attendance 0.823, citations 0.987, references 0.783. The start rules on all 399 give
	// meetings 0.921: its floor lowered to 0.919 (below the 0.924 measured since).
	// 2026-12-02, round 22 (h-ru22) added ru_860-864 (401), gold first: the start rules on them meetings 4/1/3,
	// presidency 2/1/3, attendance 0/2/0; after its rules 4/0/3, 2/0/3, 0/2/0; all 401: organizations 0.987,
	// countries 0.990, meetings 0.924 (0.9236), presidency 0.883, attendance 0.822, citations 0.987, references
	// 0.783 (the start rules on all 401: meetings 0.923, presidency 0.880, attendance 0.818, the rest the
	// same): the meetings and presidency floors lowered to 0.921 and 0.880 (measured minus 0.002).
	// 2026-12-02, round 22 (h-es22) added es_870, es_871, es_872 (399), gold first: the start rules on them
	// organizations 7/0/0, countries 31/0/0, meetings 0/1/2, presidency 0/1/1, attendance 0/0/0, references
	// 0/1/0 (es_871's yearless dateline "Naciones Unidas, 2 ene (RHC)" took 2023); after its rules (a yearless
	// dateline's year, date_dateline_yearless.go; a round-up's title year, date_title_year.go; the UNAMID masks)
	// meetings 1/0/1, presidency 1/0/0, references 0/0/0; all 399: organizations 0.987, countries 0.991,
	// meetings 0.930, presidency 0.890, attendance 0.826, citations 0.987, references 0.783 (the start rules
	// on all 399: 0.987, 0.991, 0.923, 0.884, 0.823, 0.987, 0.771: the meetings, presidency and references
	// floors lowered to those minus 0.002, as the brief says for texts that lower a category).
	// 2026-12-02, round 22 (h-en22) added en_980-en_983 (400), gold first: the start rules on them meetings
	// 5/0/1, presidency 0/1/3, attendance 1/0/0, references 1/0/0; after its rules (pattern/en-meetings.tsv,
	// "Sept" in month/en.tsv, news-agency KUNA in lang/en.tsv) meetings 6/0/0, presidency 2/0/1, attendance
	// 1/0/0, references 1/0/0; all 400: organizations 0.987, countries 0.991, meetings 0.927, presidency 0.888,
	// attendance 0.824, citations 0.987, references 0.789. The start rules on all 400 put presidency at 0.879,
	// below its floor of 0.887: the floor is lowered to 0.877 (the rest as they were).
	// 2026-12-02, round 22 (h-zh22) added zh_970, zh_971, zh_973, zh_974 (400), gold first: the start rules on
	// zh_970-973 organizations 11/1/0, countries 4/0/0, meetings 2/0/1, presidency 0/0/0, attendance 1/0/0,
	// citations 0/0/0, references 0/0/0 (the organizations fp was a gold slip, 联合国总部 read as UN since); zh_974
	// (scored after the stamp change, which it does not touch) organizations 3/0/0, countries 3/0/0, meetings
	// 2/1/1. After its rules (extract/date_stamp_zh.go: two Chinese posting stamps; notmeeting/zh-r22-day-designated;
	// "呼吁/宣布/强调" after a resolution no remark, with gaps excluding an alternation, rules/pattern.go) all four:
	// meetings 6/0/0, the rest 0 fp, 0 fn. All 400: organizations 0.987, countries 0.990, meetings 0.928,
	// presidency 0.889, attendance 0.822, citations 0.987, references 0.783 (the start rules on all 400:
	// meetings 0.924, attendance 0.824, the rest the same; the stamp dates zh_291's 1 July 2020 meeting, where
	// attendance/before-reversed then reads a UNSG spoken of: one attendance fp).
	// End of round 22 (2026-12-02, session 10): 419 texts: organizations 0.987, countries 0.991,
	// meetings 0.928, presidency 0.882, attendance 0.824, citations 0.987, references 0.789. Its 23
	// new gold-first texts (*_86N_*, *_87N_*, *_96N_* to *_99N_*) with the rules of the end of round 21
	// (the same figures as with the session's start rules): meetings 0.678, presidency 0.400,
	// attendance 0.667; after round 22's rules 0.862, 0.762, 0.667. Floors 0.002 below the merged scores.
	// Round 23 (2026-12-03, session 11) added 36 gold-first texts, six a language (ar, zh, en, fr, ru,
	// es: *_80N_* to *_85N_*; many reposts print no year, so their meetings are unscored). The start
	// rules (af09b4b) on them, blind: meetings 0.677 (22/9/12), presidency 0.389 (7/5/17), attendance
	// 0.615 (4/2/3), references 0.000 (0/1/3); after round 23's rules 0.765, 0.714, 0.800, 0.250. Each
	// engineer fixed the first three of their six before the last three: the last three moved in no
	// language (no transfer). The 419 texts of before: meetings 0.928 -> 0.929, presidency 0.882 ->
	// 0.885, the rest the same.
	// All 455: organizations 0.987, countries 0.992, meetings 0.919, presidency 0.864, attendance
	// 0.823, citations 0.987, references 0.734; presidency 0.867 once a pattern's literal phrase no
	// longer hides another pattern's (extract/match.go; en_824's CHE). Floors 0.002 below.
	// Session 12 (2026-12-03) added one story in four languages (en_170, fr_171, ar_172, es_173: the UK's
	// February 2026 presidency), gold first. Blind with the rules of 32e9e89 and of now (the same): meetings
	// 5/0/3, presidency 5/0/3 (Spanish bare days "Gaza el 19, Siria el 13 y Libia el 18" in the month of the
	// date line). All 459: meetings 0.917, presidency 0.864 (181/13/44): its floor lowered to 0.862.
	// Session 13 (2026-12-04, round 25) added 37 texts, six or seven a language (ar_110-115, zh_120-125,
	// ru_130-135, es_140-145, fr_150-155, en_160-166), gold written before unkg ran. Blind, with the rules
	// of 1c06bcd: meetings 0.586 (29/20/21), presidency 0.632 (6/1/6), attendance 0.462 (6/1/13),
	// references 0.143 (1/9/3); after round 25: 0.832, 0.762, 0.621, 0.800 (not blind). All 496:
	// organizations 0.987, countries 0.991, meetings 0.910, presidency 0.859, attendance 0.808,
	// citations 0.987, references 0.742. Floors 0.002 below.
	// Round 26 (same session) added 35 more (ar_116-119 and 174-175, zh_126-129 and 176-177, ru_136-139 and
	// 178, es_146-149 and 180-181, fr_156-159 and 182-183, en_167-169 and 184-186), gold first. Blind, with the
	// rules of 9f226a2 (round 25 merged): meetings 0.760 (38/9/15), presidency 0.400 (5/3/12), attendance 0.364
	// (2/1/6), references 0.222 (1/3/4); after round 26 (not blind): meetings 0.860, presidency 0.571, attendance
	// 0.667, references 0.500. en_167's gold was given its HRC President's country at the merge (the convention
	// of fr_834, zh_120, zh_431). All 531: organizations 0.985, countries 0.990, meetings 0.908, presidency
	// 0.847, attendance 0.804, citations 0.988, references 0.714. Floors 0.002 below.
	// Round 27 (same session) added 21 more (ar_330-333, zh_340-342, ru_350-353, es_360-362, fr_370-372,
	// en_560-563), gold first, then fixed causes that recur in two dev2 documents or more. Blind, with the rules
	// of 42d93d6 (rounds 25 and 26 merged), the same figures as with 1c06bcd's: meetings 0.744 (16/3/8),
	// presidency 0.615 (4/1/4), attendance 0.588 (5/2/5), references 0 (0/0/1): rounds 25 and 26 did not
	// transfer to them (nor did round 25 to round 26's texts). After rounds 27 and 28 (not blind): 0.800, 0.875,
	// 0.667, 1.000. All 552: organizations 0.987, countries 0.991, meetings 0.914, presidency 0.857, attendance
	// 0.819, citations 0.985, references 0.727. Floors 0.002 below.
	// Round 29 (2026-12-04, session 14) fixed causes that recur across dev2 documents and languages, one
	// engineer a relation (meetings, presidency, attendance, references): on the 552 texts meetings 0.914 ->
	// 0.922, presidency 0.857 -> 0.880, attendance 0.819 -> 0.833, references 0.727 -> 0.755. Two other
	// engineers wrote 24 texts meanwhile, gold first, unseen by the four (ar_564-567, zh_568-571, ru_572-575,
	// es_576-579, fr_580-583, en_584-587). Blind, the rules of e40b2ba and those after round 29 give the
	// same figures on them: meetings 0.714 (20/6/10), presidency 0.571 (4/1/5), attendance 0.545 (3/0/5),
	// references 0 (0/1/2): the sixth round in a row whose fixes did not transfer. Round 30 ported the
	// thanks for a briefing to Spanish, French and Chinese (es_380, es_653 gained). All 576: organizations
	// 0.988, countries 0.991, meetings 0.914, presidency 0.871, attendance 0.831, citations 0.985,
	// references 0.733. Floors 0.002 below.
	// Round 33 (session 16) added 18 blind texts (ar_760-762, zh_763-765, ru_766-768, es_770-772, fr_773-775,
	// en_776-778), gold first, while four engineers fixed references, presidency, attendance and meeting
	// conventions from outside texts: the rules of 471314d and those after the round score the same on them
	// (meetings 20/2/2, presidency 2/0/1, citations 12/1/0 until the round-up's own "联合国新闻稿 SC/12680"
	// was read as its own number). All 644: organizations 0.987, countries 0.991, meetings 0.909, presidency
	// 0.860, attendance 0.813, citations 0.972, references 0.744. Floors 0.002 below.
	// Round 34 (session 17) added 18 blind texts rich in relation facts (ar_780-782, zh_783-785, ru_786-788,
	// es_790-792, fr_793-795, en_796-798), gold first. The rules of 66b8cc5 and those after the first fixers'
	// round score the same on them: meetings 0.743 (13/3/6), presidency 0.667 (2/1/1), attendance 0.421
	// (4/6/5), references 0 (0/3/3). Fixes of the conventions they failed on (round 34b, informed): meetings
	// 0.882 (15/0/4), presidency 0.800, attendance 0.556 (5/4/4), references 0.667 (2/1/1). All 662:
	// organizations 0.986, countries 0.991, meetings 0.915, presidency 0.863, attendance 0.818, citations
	// 0.971, references 0.779 (the 644 before them: meetings 0.909 -> 0.916, presidency 0.860 -> 0.863,
	// attendance 0.813 -> 0.828, references 0.744 -> 0.784). Floors 0.002 below.
	// Round 35 (session 18) added 36 texts, gold written before any run: 18 blind (ar_806-808, zh_816-818,
	// ru_826-828, es_836-838, fr_846-848, en_856-858), scored with the rules of the start (b9b4d7e) and again
	// after the round's fixers, the same figures both times: meetings 0.864 (19/3/3), presidency 0.500 (5/1/9),
	// attendance 0.800 (2/0/1), references 0.667 (1/0/1); after the informed round 35b: meetings 0.909,
	// presidency 0.600. And 18 the sweep helpers measured before fixing what they showed (ar_866-868,
	// zh_875-877, ru_905-907, es_915-917, fr_925-927, en_936-938): meetings 10/2/2, presidency 6/0/0,
	// attendance 8/1/4. All 698: organizations 0.986, countries 0.991, meetings 0.918, presidency 0.858,
	// attendance 0.832, citations 0.971, references 0.776 (the 662 before them: meetings 0.915 -> 0.917,
	// presidency 0.863 -> 0.864, attendance 0.818 -> 0.824, references 0.779). Floors 0.002 below.
	// Round 36 (session 19) added 24 texts, four per language, each sweep helper writing gold before any run
	// (ar_944-947, zh_954-957, ru_964-967, es_975-978, fr_984-987, en_993-996); with the rules of the start
	// (086ff2f): meetings 0.754 (23/3/12), presidency 0.571 (8/4/8), attendance 0 (0/2/4), references 0
	// (0/0/1); after the round (informed): meetings 0.814, presidency 0.800, attendance 0.333, references
	// 1.000. All 722: organizations 0.986, countries 0.992, meetings 0.914, presidency 0.867, attendance
	// 0.833, citations 0.972, references 0.779 (the 698 before them: presidency 0.858 -> 0.869, attendance
	// 0.832 -> 0.838, the others the same).
	// Round 37 (session 20) added 24 texts the same way (ar_304-307, zh_310-313, ru_316-319, es_334-337,
	// fr_343-346, en_354-357); with the rules of the start (fb47517): meetings 0.657 (23/3/21), presidency
	// 0.500 (4/0/8), attendance 0.667 (6/1/5), references 0 (0/2/2); after the round (informed): 0.712,
	// 0.700, 0.857, 0 (0/1/2: fr_343's "Le Conseil de sécurité a entendu, le 1er octobre" and ar_305's
	// digit moved into a verb by the PDF layer). es_334 alone misses 11 meetings in one list of dates.
	// The 722 before them: meetings 0.914 -> 0.915, presidency 0.867 -> 0.869, attendance 0.833 -> 0.835,
	// references 0.779 -> 0.785. All 746: organizations 0.986, countries 0.992, meetings 0.907, presidency
	// 0.863, attendance 0.836, citations 0.972, references 0.768. Two follow-ups then read a named officer's
	// country without the organ beside the name (presidency-officer-name/*: en_856, fr_345) and a meeting word
	// followed by a list of three or more days in es, fr, ru, ar (es_334's 11 meetings): meetings 0.914,
	// presidency 0.867. Floors 0.002 below.
	c.check(t, "dev2", map[string]float64{"organizations": 0.984, "countries": 0.990, "meetings": 0.912,
		"presidency": 0.865, "attendance": 0.834, "citations": 0.970, "references": 0.766})
}
