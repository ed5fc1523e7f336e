/** Binary min-heap of (key, node) on typed arrays with lazy deletion: callers skip stale entries on pop. */
export class MinHeap {
  private keys = new Float64Array(1024);
  private nodes = new Int32Array(1024);
  private size = 0;

  get leeg(): boolean {
    return this.size === 0;
  }

  /** Key of the last `pop`. */
  sleutel = 0;

  wis(): void {
    this.size = 0;
  }

  push(key: number, node: number): void {
    if (this.size === this.keys.length) this.groei();
    let i = this.size++;
    while (i > 0) {
      const ouder = (i - 1) >> 1;
      if (this.keys[ouder] <= key) break;
      this.keys[i] = this.keys[ouder];
      this.nodes[i] = this.nodes[ouder];
      i = ouder;
    }
    this.keys[i] = key;
    this.nodes[i] = node;
  }

  /** Removes the smallest entry, returns its node and leaves its key in `sleutel`. */
  pop(): number {
    const node = this.nodes[0];
    this.sleutel = this.keys[0];
    const n = --this.size;
    const key = this.keys[n];
    const laatste = this.nodes[n];
    let i = 0;
    for (;;) {
      let kind = 2 * i + 1;
      if (kind >= n) break;
      if (kind + 1 < n && this.keys[kind + 1] < this.keys[kind]) kind++;
      if (this.keys[kind] >= key) break;
      this.keys[i] = this.keys[kind];
      this.nodes[i] = this.nodes[kind];
      i = kind;
    }
    this.keys[i] = key;
    this.nodes[i] = laatste;
    return node;
  }

  private groei(): void {
    const keys = new Float64Array(this.keys.length * 2);
    const nodes = new Int32Array(this.nodes.length * 2);
    keys.set(this.keys);
    nodes.set(this.nodes);
    this.keys = keys;
    this.nodes = nodes;
  }
}
