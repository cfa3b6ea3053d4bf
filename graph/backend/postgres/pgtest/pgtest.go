// Package pgtest gives tests a fresh PostgreSQL database on the server
// that $UNKG_TEST_POSTGRES names (scripts/pg-test-cluster.sh starts one).
// Without it the test is skipped and says so; under CI=true it fails.
package pgtest

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// Env names the server: a postgres:// URL of a database the tests may
// connect to and create databases from.
const Env = "UNKG_TEST_POSTGRES"

var seq atomic.Int64

// URL returns the server's URL, or skips the test (fails it under CI=true).
func URL(t testing.TB) string {
	t.Helper()
	u := os.Getenv(Env)
	if u == "" {
		msg := Env + " is not set: no PostgreSQL server for this test (bash scripts/pg-test-cluster.sh go test ./... starts one)"
		if os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return u
}

// Open creates an empty database for the test, dropped when it ends, and
// returns its postgres:// URL.
func Open(t testing.TB) string {
	t.Helper()
	admin := URL(t)
	name := fmt.Sprintf("unkg_t%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e6, seq.Add(1))
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, admin)
	if err != nil {
		t.Fatalf("connect to %s: %v", Env, err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("create database %s: %v", name, err)
	}
	t.Cleanup(func() {
		c, err := pgx.Connect(ctx, admin)
		if err != nil {
			t.Errorf("connect to drop %s: %v", name, err)
			return
		}
		defer c.Close(ctx)
		if _, err := c.Exec(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			t.Errorf("drop database %s: %v", name, err)
		}
	})
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatalf("parse %s: %v", Env, err)
	}
	u.Path = "/" + name
	return u.String()
}
