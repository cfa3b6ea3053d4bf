package extract

// recalledRank is the rank of a recalled(D) action among the patterns that
// say whether the document describes or references the meeting of D: below
// every pattern's index, so it outranks them all. The items of a recall list
// ("Recalling its communiqués adopted at its 848th meeting held on 9 May 2019;
// ... at its 865th meeting held on 7 August 2019") are each matched by the
// meeting-number patterns too, which say "describes" and come first in file
// order; only the list pattern sees the recall word that governs them all.
const recalledRank = -1
