package rules_test

import (
	"testing"

	"github.com/vpclint/vpclint/internal/linttest"
	"github.com/vpclint/vpclint/rules"
)

func TestMirrorTargetBlocked(t *testing.T) {
	linttest.Run(t, rules.MirrorTargetBlocked, "../testdata/rules/mirror-target-blocked")
}
