#include "Declaration.h"

namespace mamori {

QString Declaration::levelLabel(int level)
{
    return level >= 2 ? tr("★★ Two stars") : tr("★ One star");
}

} // namespace mamori
