static int f(int a) {
    /* if (a) */
    const char *s = "while";
    if (a) { return 1; }
    while (a--) { }
    return a ? 1 : 0;
}
struct point *make(void) {
    return 0;
}
