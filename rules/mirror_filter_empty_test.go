package rules_test

import (
	"testing"

	"github.com/vpclint/vpclint/internal/linttest"
	"github.com/vpclint/vpclint/rules"
)

func TestMirrorFilterEmpty(t *testing.T) {
	linttest.Run(t, rules.MirrorFilterEmpty, "../testdata/rules/mirror-filter-empty")
}
