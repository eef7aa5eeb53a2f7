#!/usr/bin/env bash
# peers_venv.sh [VENV]: the Python venv the claims peers run in (default target/venv-peers at the
# workspace root), made from the package registry when missing; prints its python's path.
#
# - quantulum3 0.10.0 with its classifier extra. Its shipped classifier (`clf.joblib`) was pickled
#   with a scikit-learn that is no longer installable with today's Python and numpy (it names a
#   module `_loss`), so when it does not load the classifier is retrained once from the training
#   set quantulum3 ships (`classifier.train_classifier(store=True)`, its documented remedy; a few
#   seconds) and stored in the venv.
# - Microsoft Recognizers-Text for Python, `recognizers-text-suite` 1.0.2a2 (needs `emoji<2`).
#
# Then, for a claims gold batch B (indep.py's docstring):
#   PY=$(bash crates/claims/tests/gold/peers_venv.sh)
#   $PY crates/claims/tests/gold/indep.py peer --batch B peer_quantulum3 target/B-corpus.jsonl target/B-quantulum3.jsonl
#   $PY crates/claims/tests/gold/indep.py peer --batch B peer_recognizers target/B-corpus.jsonl target/B-recognizers.jsonl --undated YYYY-MM-DD
#   cargo run --release -p reckon-claims --example evaluate_gold -- --batch B --corpus target/B-corpus.jsonl --peer target/B-quantulum3.jsonl
set -euo pipefail
root=$(cd "$(dirname "$0")/../../../.." && pwd)
venv=${1:-$root/target/venv-peers}
py=$venv/bin/python
if [ ! -x "$py" ]; then
    python3 -m venv "$venv" >&2
fi
if ! "$py" -c "import quantulum3, recognizers_suite" 2>/dev/null; then
    "$py" -m pip install -q "quantulum3[classifier]==0.10.0" "recognizers-text-suite==1.0.2a2" "emoji<2" >&2
fi
if ! "$py" -c "from quantulum3 import parser; parser.parse('He paid 5 pounds for 3 pounds of tea')" >/dev/null 2>&1; then
    echo "quantulum3's shipped classifier does not load here: retraining it from its own training set" >&2
    "$py" -c "from quantulum3 import classifier; classifier.train_classifier(store=True, n_jobs=1)" >&2
    "$py" -c "from quantulum3 import parser; parser.parse('He paid 5 pounds for 3 pounds of tea')" >/dev/null
fi
echo "$py"
