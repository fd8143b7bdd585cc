#pragma once
// Building blocks for the doctor report: escaping and an inline SVG bar chart. Nothing
// here loads anything from outside the page.
#include <string>
#include <string_view>
#include <vector>

namespace core::io {

// Escapes & < > " ' so any text is shown as text, in element content and in attributes.
std::string HtmlEscape(std::string_view text);

struct ChartBar {
  std::string label;  // shown under the bar, escaped
  int value = 0;
};

// A standalone <svg> bar chart (counts per week), with an accessible title.
std::string BarChartSvg(const std::vector<ChartBar>& bars, std::string_view title);

}  // namespace core::io
