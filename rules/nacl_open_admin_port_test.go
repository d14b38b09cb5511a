package rules_test

import (
	"testing"

	"github.com/vpclint/vpclint/internal/linttest"
	"github.com/vpclint/vpclint/rules"
)

func TestNACLOpenAdminPort(t *testing.T) {
	linttest.Run(t, rules.NACLOpenAdminPort, "../testdata/rules/nacl-open-admin-port")
}
