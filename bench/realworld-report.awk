# The report of bench/realworld.sh, from four tab-separated files in this order:
#   bench/realworld-known.tsv   repository, path, sha256, language, accepted status, why
#   sha256.tsv                  path, sha256
#   tools.tsv                   path, pdfinfo exit/pages/complaint, qpdf --show-npages
#                               exit/pages/complaint, qpdf --check exit/complaint
#   langcov.tsv                 path, status, pages, version, language, ms, bytes, detail,
#                               symbols, text sample
# REALWORLD_CORPORA (environment) names the folders given, separated by newlines, to count files per corpus.

BEGIN {
  iso["ARABIC"] = "ar"; iso["CHINESE"] = "zh"; iso["ENGLISH"] = "en"
  iso["FRENCH"] = "fr"; iso["RUSSIAN"] = "ru"; iso["SPANISH"] = "es"
}
FILENAME == ARGV[1] {
  if ($0 ~ /^#/ || NF < 6) next
  knownLanguage[$3] = $4; knownAccepted[$3] = $5; knownWhy[$3] = $6; knownName[$3] = $1 ":" $2
  next
}
FILENAME == ARGV[2] { sha[$1] = $2; next }
FILENAME == ARGV[3] {
  infoRc[$1] = $2; infoPages[$1] = $3; infoSays[$1] = $4
  qpdfRc[$1] = $5; qpdfPages[$1] = $6; qpdfSays[$1] = $7; checkRc[$1] = $8; checkSays[$1] = $9
  next
}
{
  n++; path[n] = $1; status[n] = $2; language[n] = $5; detail[n] = $8; symbols[n] = $9; sample[n] = $10
  statusCount[$2]++
  k = sha[$1]
  lc = langcovSays($2); tl = toolsSay($1)
  cross[lc, tl]++
  if (tl != "disagree") { decided++; if (lc == tl) agreed++ }
  if (tl == "open" && lc != "open") {
    if (checkRc[$1] == 2) checkErrors[++checkErrorsN] = n
    else if (k in knownAccepted && knownAccepted[k] == $2) accepted[++acceptedN] = n
    else alarm[++alarmN] = n
  }
  if (lc == "open" && tl == "fail") lenient[++lenientN] = n
  if (tl == "disagree") split_[++splitN] = n
  if ($5 != "" && $5 != "ENGLISH") {
    if (k in knownLanguage && knownLanguage[k] != "en") otherKnown[++otherKnownN] = n
    else english[++englishN] = n
  }
  if ($2 == "WRONG_DOCUMENT") wrongDocument[++wrongDocumentN] = n
}

# What langcov says of opening the file: open (any status that judges content), encrypted,
# fail, timeout.
function langcovSays(s) {
  if (s == "AVAILABLE" || s == "WRONG_DOCUMENT" || s == "WRONG_LANGUAGE") return "open"
  if (s == "ENCRYPTED") return "encrypted"
  if (s == "TIMEOUT") return "timeout"
  return "fail"
}

# What the two tools say: open (both open it and count pages), encrypted (neither opens it, and
# one asks for a password), fail (neither opens it with pages), disagree (one opens it).
function toolsSay(p,   info, qpdf) {
  info = (infoRc[p] == 0 && infoPages[p] > 0)
  qpdf = ((qpdfRc[p] == 0 || qpdfRc[p] == 3) && qpdfPages[p] > 0)
  if (info && qpdf) return "open"
  if (info || qpdf) return "disagree"
  if (infoSays[p] ~ /[Pp]assword/ || qpdfSays[p] ~ /password/) return "encrypted"
  return "fail"
}

function tools(p) {
  return sprintf("pdfinfo %s, %s pages; qpdf %s, %s pages; qpdf --check %s%s", infoRc[p], \
    (infoPages[p] == "" ? "no" : infoPages[p]), qpdfRc[p], (qpdfPages[p] == "" ? "no" : qpdfPages[p]), \
    checkRc[p], (checkSays[p] == "" ? "" : ": " checkSays[p]))
}

END {
  print "== Files"
  dirs = split(ENVIRON["REALWORLD_CORPORA"], dir, "\n")
  for (d = 1; d <= dirs; d++) {
    c = 0; for (i = 1; i <= n; i++) if (index(path[i], dir[d] "/") == 1) c++
    printf "  %-50s %5d\n", dir[d], c
  }
  printf "  %-50s %5d\n", "all", n
  print ""
  print "== langcov's statuses"
  split("AVAILABLE WRONG_DOCUMENT WRONG_LANGUAGE ENCRYPTED DAMAGED NOT_PDF EMPTY TIMEOUT UNREADABLE", order, " ")
  for (i = 1; i <= 9; i++) if (order[i] in statusCount) printf "  %-16s %5d\n", order[i], statusCount[order[i]]
  print ""
  print "== Opens: langcov (rows) against pdfinfo and qpdf (columns)"
  split("open encrypted fail timeout", rows, " "); split("open encrypted fail disagree", cols, " ")
  printf "  %-10s", ""; for (j = 1; j <= 4; j++) printf " %10s", (cols[j] == "disagree" ? "tools split" : "tools " cols[j]); print ""
  for (i = 1; i <= 4; i++) {
    printf "  %-10s", rows[i]; for (j = 1; j <= 4; j++) printf " %10d", cross[rows[i], cols[j]]; print ""
  }
  printf "  agreement: %d of the %d files on which the tools agree (%.1f%%)\n", agreed, decided, (decided ? 100 * agreed / decided : 0)
  print ""
  printf "== FALSE ALARMS (both tools open it without error, langcov does not count it): %d\n", alarmN
  for (i = 1; i <= alarmN; i++) { m = alarm[i]; printf "  %s\n    %s: %s\n    [%s]\n", path[m], status[m], detail[m], tools(path[m]) }
  if (acceptedN) printf "  accepted in bench/realworld-known.tsv: %d\n", acceptedN
  for (i = 1; i <= acceptedN; i++) { m = accepted[i]; printf "  %s\n    %s: %s\n    accepted: %s\n", path[m], status[m], detail[m], knownWhy[sha[path[m]]] }
  printf "  both tools open it, but qpdf --check finds errors (not counted): %d\n", checkErrorsN
  for (i = 1; i <= checkErrorsN; i++) { m = checkErrors[i]; printf "  %s\n    %s: %s\n    [%s]\n", path[m], status[m], detail[m], tools(path[m]) }
  print ""
  printf "== langcov opens it, neither tool does (not counted as alarms): %d\n", lenientN
  for (i = 1; i <= lenientN; i++) { m = lenient[i]; printf "  %s  %s  [%s; %s]\n", path[m], status[m], infoSays[path[m]], qpdfSays[path[m]] }
  print ""
  printf "== One tool opens it, the other does not: %d\n", splitN
  for (i = 1; i <= splitN; i++) { m = split_[i]; printf "  %s  %s: %s\n    [%s]\n", path[m], status[m], detail[m], tools(path[m]) }
  print ""
  printf "== ENGLISH FILES JUDGED ANOTHER LANGUAGE (not listed as another language): %d\n", englishN
  for (i = 1; i <= englishN; i++) { m = english[i]; printf "  %s\n    %s, judged %s: %s\n    text: %s\n", path[m], status[m], language[m], detail[m], sample[m] }
  printf "  listed as really another language: %d\n", otherKnownN
  for (i = 1; i <= otherKnownN; i++) {
    m = otherKnown[i]; k = sha[path[m]]
    printf "  %s\n    %s, judged %s; really %s%s: %s\n", path[m], status[m], language[m], knownLanguage[k], \
      (iso[language[m]] == knownLanguage[k] ? "" : " (NAMES A LANGUAGE IT IS NOT)"), knownWhy[k]
  }
  print ""
  printf "== WRONG_DOCUMENT (page 1 shows symbols, none the slot's): %d\n", wrongDocumentN
  for (i = 1; i <= wrongDocumentN; i++) { m = wrongDocument[i]; printf "  %s\n    symbols: %s\n    text: %s\n", path[m], symbols[m], sample[m] }
  print ""
  printf "SUMMARY files %d; agreement %.1f%%; false alarms %d; English judged another language %d; WRONG_DOCUMENT %d\n", \
    n, (decided ? 100 * agreed / decided : 0), alarmN, englishN, wrongDocumentN
}
