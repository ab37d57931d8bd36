var s = "</script><img src=x>";
