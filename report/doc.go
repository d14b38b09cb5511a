// Package report renders lint findings for people and for tools: text (the
// default, after tflint's pretty printer), compact one-line text, JSON,
// SARIF 2.1.0 for GitHub code scanning, GitHub Actions workflow commands,
// Checkstyle XML (reviewdog) and JUnit XML.
//
// It also holds the one rendering of a rule's documentation, RuleMarkdown
// (and the index, RuleIndex), which docs/rules/, SARIF's help.markdown and
// `vpclint explain` all show, and the one fingerprint of a finding,
// Fingerprints, which SARIF's partialFingerprints and baseline files share.
//
// It imports lint only, never rules or parser: everything it shows comes from
// the findings, the rule descriptors and the source bytes in Options.
//
// # Positions
//
// Paths are made relative to Options.BaseDir and use forward slashes. Lines
// are 1-based. Columns are 1-based UTF-16 code units, computed from
// hcl.Pos.Byte over the file's bytes, in every format: this is SARIF's
// default columnKind, and the same as a character count for text in the
// Basic Multilingual Plane. hcl's own Column counts grapheme clusters and is
// used only when a file's bytes are not in Options.Sources. End columns are
// exclusive (the column just after the range), as in hcl and SARIF.
//
// # Colour
//
// The text format is coloured only when Options.Color is true. The caller
// (cmd) decides that once; this package never reads fatih/color's global
// NoColor, so rendering does not depend on where stdout points.
package report
