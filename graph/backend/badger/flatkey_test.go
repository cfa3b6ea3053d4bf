package badger

import (
	"bytes"
	"context"
	"testing"

	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/flat"
	"github.com/hidal-go/hidalgo/kv/flat/btree"
)

// appendFlatKey must lay keys out as hidalgo's flat layer does, or Cayley
// and unkg's readers would not find what the writer put.
func TestFlatKeyMatchesHidalgo(t *testing.T) {
	ctx := context.Background()
	keys := []hkv.Key{
		hkv.SKey("meta", "horizon"),
		{[]byte("unkg"), []byte("adj"), []byte("fhttp://x/a\x00org:UN/DPPA\x00doc:S/RES/1631 (2005)")},
		{[]byte{'v', '/', '\\'}, []byte("a\\/b//")},
		{[]byte("log"), {0, 0, 0, 0, 0, 0, '/', '\\'}},
		{[]byte("sp")},
	}
	for _, k := range keys {
		db := btree.New()
		kv := flat.Upgrade(db)
		if err := hkv.Update(ctx, kv, func(tx hkv.Tx) error { return tx.Put(k, []byte("v")) }); err != nil {
			t.Fatal(err)
		}
		tx, err := db.Tx(false)
		if err != nil {
			t.Fatal(err)
		}
		it := tx.Scan(nil)
		if !it.Next(ctx) {
			t.Fatalf("%q: nothing stored", k)
		}
		want := append([]byte(nil), it.Key()...)
		it.Close()
		tx.Close()
		got := appendFlatKey(nil, k)
		if !bytes.Equal(got, want) {
			t.Errorf("%q: appendFlatKey = %q, hidalgo stores %q", k, got, want)
		}
		if n := flatKeyLen(k); n != len(want) {
			t.Errorf("%q: flatKeyLen = %d, want %d", k, n, len(want))
		}
	}
}
