package badger

import "hash/maphash"

// Names of the index lists that exist, once the lists themselves no longer
// fit the cache (maxFullLists): a store past about 30,000 documents. Each
// new quad then needs the lists of its subject and predicate and of its
// object, predicate and subject, and most of those do not exist yet (a new
// pair or triple of known nodes); without this set every one of them was a
// Badger read that found nothing. The set holds a hash of every list name
// that may exist (a list written empty stays in it, so the set is a
// superset): a name not in it is known absent, one in it is read.

// maxKnownLists bounds the set (16 bytes or so a name in a Go map).
const maxKnownLists = 16 << 20

// knownLists is the set; nil when it is not kept.
type knownLists struct {
	seed  maphash.Seed
	names map[uint64]struct{}
}

func newKnownLists() *knownLists {
	return &knownLists{seed: maphash.MakeSeed(), names: map[uint64]struct{}{}}
}

func (k *knownLists) hash(name string) uint64 { return maphash.String(k.seed, name) }

// add records that a list may exist; false when the set is full (drop it).
func (k *knownLists) add(name string) bool {
	k.names[k.hash(name)] = struct{}{}
	return len(k.names) <= maxKnownLists
}

// absent says whether no list of that name exists.
func (k *knownLists) absent(name string) bool {
	_, ok := k.names[k.hash(name)]
	return !ok
}

// stopCachingAll turns a cache that holds every list into one that holds
// the long lists and the names of all. The caller holds c.mu.
func (c *cache) stopCachingAll() {
	c.allLists = false
	c.known = newKnownLists()
	for k, v := range c.lists {
		if !c.known.add(k) {
			c.known = nil
		}
		if len(v) < minCachedList {
			c.listBytes -= len(v) + len(k) + listOverhead
			delete(c.lists, k)
		}
		if c.known == nil {
			break
		}
	}
	if c.known == nil {
		for k, v := range c.lists {
			if len(v) < minCachedList {
				c.listBytes -= len(v) + len(k) + listOverhead
				delete(c.lists, k)
			}
		}
	}
}

// noteList records a list written by a committed transaction. The caller
// holds c.mu.
func (c *cache) noteList(name string) {
	if c.known != nil && !c.known.add(name) {
		c.known = nil
	}
}

// knownAbsent says whether the cache knows that no list name exists. The
// caller holds c.mu.
func (c *cache) knownAbsent(name string) bool {
	return c.allLists || (c.known != nil && c.known.absent(name))
}
