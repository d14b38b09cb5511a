package rules_test

import (
	"testing"

	"github.com/vpclint/vpclint/internal/linttest"
	"github.com/vpclint/vpclint/rules"
)

func TestChangeNACLLiveEdit(t *testing.T) {
	linttest.Run(t, rules.ChangeNACLLiveEdit, "../testdata/rules/change-nacl-live-edit")
}
