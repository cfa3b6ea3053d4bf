package badger

import hkv "github.com/hidal-go/hidalgo/kv"

// Writes skip hidalgo's flat layer: it escapes each key into a new slice,
// which pipeTx then copies again beside the value. put escapes the key
// straight into the one buffer that Badger keeps, so an entry costs one
// allocation and one copy.

// Hidalgo's flat key layout (kv/flat): parts joined by '/', with '/' and
// '\' escaped by '\'.
const (
	flatSep = '/'
	flatEsc = '\\'
)

// flatKeyLen is the length of k in hidalgo's flat layout.
func flatKeyLen(k hkv.Key) int {
	n := 0
	for i, part := range k {
		if i > 0 {
			n++
		}
		n += len(part)
		for _, c := range part {
			if c == flatSep || c == flatEsc {
				n++
			}
		}
	}
	return n
}

// appendFlatKey appends k in hidalgo's flat layout to dst.
func appendFlatKey(dst []byte, k hkv.Key) []byte {
	for i, part := range k {
		if i > 0 {
			dst = append(dst, flatSep)
		}
		for _, c := range part {
			if c == flatSep || c == flatEsc {
				dst = append(dst, flatEsc)
			}
			dst = append(dst, c)
		}
	}
	return dst
}

// put writes k = v in the transaction; v is copied.
func (t *writeTx) put(k hkv.Key, v []byte) error {
	n := flatKeyLen(k)
	buf := appendFlatKey(make([]byte, 0, n+len(v)), k)
	buf = append(buf, v...)
	return wrapErr(t.pt.putOwned(buf[:n:n], buf[n:]))
}

// del deletes k in the transaction.
func (t *writeTx) del(k hkv.Key) error {
	return wrapErr(t.pt.Del(appendFlatKey(make([]byte, 0, flatKeyLen(k)), k)))
}
