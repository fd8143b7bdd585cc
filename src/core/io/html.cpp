#include "core/io/html.h"

#include <algorithm>

namespace core::io {

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string BarChartSvg(const std::vector<ChartBar>& bars, std::string_view title) {
  constexpr int kWidth = 640, kHeight = 200, kLeft = 30, kBottom = 40, kTop = 10;
  const int max_value = std::max(
      1, bars.empty()
             ? 1
             : std::max_element(bars.begin(), bars.end(), [](const ChartBar& a, const ChartBar& b) {
                 return a.value < b.value;
               })->value);
  const int plot_h = kHeight - kBottom - kTop;
  const int count = std::max<int>(1, static_cast<int>(bars.size()));
  const int slot = (kWidth - kLeft) / count;
  const int bar_w = std::max(2, slot * 7 / 10);
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " +
                    std::to_string(kWidth) + " " + std::to_string(kHeight) +
                    "\" width=\"100%\" role=\"img\"><title>" + HtmlEscape(title) + "</title>";
  const int base = kHeight - kBottom;
  svg += "<line x1=\"" + std::to_string(kLeft) + "\" y1=\"" + std::to_string(base) + "\" x2=\"" +
         std::to_string(kWidth) + "\" y2=\"" + std::to_string(base) + "\" stroke=\"#444\"/>";
  svg += "<text x=\"" + std::to_string(kLeft - 4) + "\" y=\"" + std::to_string(kTop + 10) +
         "\" text-anchor=\"end\" font-size=\"10\">" + std::to_string(max_value) + "</text>";
  svg += "<text x=\"" + std::to_string(kLeft - 4) + "\" y=\"" + std::to_string(base) +
         "\" text-anchor=\"end\" font-size=\"10\">0</text>";
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const int h = bars[i].value * plot_h / max_value;
    const int x = kLeft + static_cast<int>(i) * slot + (slot - bar_w) / 2;
    svg += "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(base - h) + "\" width=\"" +
           std::to_string(bar_w) + "\" height=\"" + std::to_string(h) +
           "\" fill=\"#2a6f97\"><title>" + HtmlEscape(bars[i].label) + ": " +
           std::to_string(bars[i].value) + "</title></rect>";
    if (bars[i].value > 0) {
      svg += "<text x=\"" + std::to_string(x + bar_w / 2) + "\" y=\"" +
             std::to_string(base - h - 2) + "\" text-anchor=\"middle\" font-size=\"9\">" +
             std::to_string(bars[i].value) + "</text>";
    }
    svg += "<text x=\"" + std::to_string(x + bar_w / 2) + "\" y=\"" + std::to_string(base + 14) +
           "\" text-anchor=\"end\" font-size=\"9\" transform=\"rotate(-45 " +
           std::to_string(x + bar_w / 2) + " " + std::to_string(base + 14) + ")\">" +
           HtmlEscape(bars[i].label) + "</text>";
  }
  svg += "</svg>";
  return svg;
}

}  // namespace core::io
