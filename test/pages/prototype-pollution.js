// Host scripts of old portals add enumerable members to built-in prototypes
// (Prototype.js, home-grown helpers). Gongkai must not trip over them.
Array.prototype.remove = function remove(item) { return this.filter((x) => x !== item); };
Array.prototype.hostFlag = 'polluted';
Object.defineProperty(Array.prototype, 'enumerableGetter', { get() { return 1; }, enumerable: true, configurable: true });
window.__pollutionLoaded = true;
