package rules_test

import (
	"testing"

	"github.com/vpclint/vpclint/internal/linttest"
	"github.com/vpclint/vpclint/rules"
)

func TestMirrorFilterShadowed(t *testing.T) {
	linttest.Run(t, rules.MirrorFilterShadowed, "../testdata/rules/mirror-filter-shadowed")
}
