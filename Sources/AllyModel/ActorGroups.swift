/// Items grouped by the actor they belong to, as one flat array in actor order plus an offset
/// per actor (compressed rows). Compared with a dictionary of arrays this is two allocations
/// instead of one per actor, and a few bytes per item: it matters at 100k actors.
struct ActorGroups: Sendable {
    /// `order[offsets[a]..<offsets[a + 1]]` are the item positions of actor `a`, ascending.
    private let offsets: [Int32]
    private let order: [Int32]
    /// Items naming ids that are not actors (only in unvalidated data), kept so nothing is lost.
    private let strays: [String: [Int]]

    /// Groups `items` items; `owners(i, add)` calls `add` with each actor id item `i` belongs to,
    /// and `position` says where an id is among the actors.
    init(actorCount: Int, position: (String) -> Int?, items: Int, owners: (Int, (String) -> Void) -> Void) {
        var owner: [(item: Int32, actor: Int32)] = []
        owner.reserveCapacity(items)
        var strays: [String: [Int]] = [:]
        var counts = [Int32](repeating: 0, count: actorCount + 1)
        // `owners` never keeps `add`, so `position` does not outlive this call.
        withoutActuallyEscaping(position) { position in
            for i in 0..<items {
                owners(i) { id in
                    if let a = position(id) {
                        owner.append((Int32(i), Int32(a)))
                        counts[a + 1] += 1
                    } else {
                        strays[id, default: []].append(i)
                    }
                }
            }
        }
        self.init(actorCount: actorCount, owner: owner, counts: counts, strays: strays)
    }

    /// Groups `items` items that belong to one actor each, already resolved: `owner(i)` is the
    /// position of item `i`'s actor, or -1 when `id(i)` names none.
    init(actorCount: Int, items: Int, owner: (Int) -> Int32, id: (Int) -> String) {
        var owners: [(item: Int32, actor: Int32)] = []
        owners.reserveCapacity(items)
        var strays: [String: [Int]] = [:]
        var counts = [Int32](repeating: 0, count: actorCount + 1)
        for i in 0..<items {
            let a = owner(i)
            if a >= 0 {
                owners.append((Int32(i), a))
                counts[Int(a) + 1] += 1
            } else {
                strays[id(i), default: []].append(i)
            }
        }
        self.init(actorCount: actorCount, owner: owners, counts: counts, strays: strays)
    }

    /// A counting sort of the (item, actor) pairs by actor; `counts[a + 1]` is actor a's count.
    private init(actorCount: Int, owner: [(item: Int32, actor: Int32)], counts: [Int32], strays: [String: [Int]]) {
        var counts = counts
        for a in 0..<actorCount { counts[a + 1] += counts[a] }
        var next = counts
        var order = [Int32](repeating: 0, count: owner.count)
        for (item, actor) in owner {
            order[Int(next[Int(actor)])] = item
            next[Int(actor)] += 1
        }
        (offsets, self.order, self.strays) = (counts, order, strays)
    }

    /// Positions of the items of actor `id`, ascending.
    func positions(of id: String, position: (String) -> Int?) -> [Int] {
        guard let a = position(id) else { return strays[id] ?? [] }
        return order[Int(offsets[a])..<Int(offsets[a + 1])].map(Int.init)
    }

    /// The first position of actor `id`'s items that satisfies `match`, without building the
    /// list (scoring asks for single indicators of thousands of actors per frame).
    func firstPosition(of id: String, position: (String) -> Int?, where match: (Int) -> Bool) -> Int? {
        guard let a = position(id) else { return strays[id]?.first(where: match) }
        for k in Int(offsets[a])..<Int(offsets[a + 1]) where match(Int(order[k])) { return Int(order[k]) }
        return nil
    }

    /// Calls `body` with the item positions of each actor that has items, in actor order.
    func forEachGroup(_ body: ([Int]) -> Void) {
        for a in 0..<(offsets.count - 1) where offsets[a] < offsets[a + 1] {
            body(order[Int(offsets[a])..<Int(offsets[a + 1])].map(Int.init))
        }
        for positions in strays.values { body(positions) }
    }
}
