# The fonts the build cuts from installed Debian packages and compiles into the app
# (scripts/cmake/CrampCheckEmbed.cmake). Nothing here is a font file: only what to take.
#   package fonts-inter (SIL Open Font License 1.1)
set(CRAMPCHECK_FONT_DIR "/usr/share/fonts/opentype/inter" CACHE PATH "Inter font files (Debian package fonts-inter)")
set(CRAMPCHECK_FONT_WEIGHTS Regular SemiBold)
# Latin, Latin-1, general punctuation, arrows, math minus: what our English text uses.
# The subset decides which glyphs exist; Dear ImGui 1.92 rasterises them on demand.
set(CRAMPCHECK_FONT_UNICODES "U+0020-007E,U+00A0-00FF,U+2010-2027,U+2030-203A,U+2190-2193,U+2212")
#   package fonts-noto-cjk (SIL Open Font License 1.1): Noto Sans CJK, face 2 of the
#   collection is Simplified Chinese (SC). Cut to exactly the characters the zh-Hans text
#   tables use (scripts/cjk_unicodes.py) and merged into both Inter faces at run time.
set(CRAMPCHECK_CJK_FONT "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc" CACHE FILEPATH "Noto Sans CJK (Debian package fonts-noto-cjk)")
set(CRAMPCHECK_CJK_FACE 2)
