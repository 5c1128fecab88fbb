# Sourced by the measure-deck scripts: write_deck_specs DIR writes the deck specs they time into DIR,
# four.json (the four charts of issue 16) and one.json (one chart slide, tokens-params).
write_deck_specs() {
  cat > "$1/four.json" <<'JSON'
{"title": "Four", "slides": [{"chart": "tokens-params"}, {"chart": "density"}, {"chart": "layer-loss"}, {"chart": "pareto"}]}
JSON
  cat > "$1/one.json" <<'JSON'
{"title": "One", "slides": [{"chart": "tokens-params"}]}
JSON
}
