#pragma once

#include <QList>
#include <QString>

namespace stages {

/// One rung of a domain's ladder. Titles and goals are translated when the ladder is built.
struct Stage
{
    int number = 0; ///< 1-based
    QString title;  ///< "Three elements"
    QString goal;   ///< one sentence for teachers: what a pupil can do after this stage
    int fromAge = 6; ///< the youngest pupils the stage is meant for
    int toAge = 12;  ///< the oldest
    /// An explorer stage for those who want more (counting rings needs Burnside's lemma):
    /// nothing later depends on it, and it comes after the stages every pupil climbs.
    bool optional = false;
};

/// A domain's stages in order: more elements, then constraints, then counting without listing,
/// then creating. Mastery (core/progress) is kept per pupil per (domain, stage number).
class StageLadder
{
public:
    StageLadder() = default;
    StageLadder(QString domain, QList<Stage> stages) : m_domain(std::move(domain)), m_stages(std::move(stages)) {}

    const QString &domain() const { return m_domain; }
    const QList<Stage> &stages() const { return m_stages; }
    int size() const { return int(m_stages.size()); }
    const Stage *stage(int number) const
    {
        for (const Stage &s : m_stages) {
            if (s.number == number)
                return &s;
        }
        return nullptr;
    }

private:
    QString m_domain;
    QList<Stage> m_stages;
};

} // namespace stages
