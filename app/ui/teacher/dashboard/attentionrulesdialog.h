#pragma once

#include "core/dashboard/dashboard.h"

#include <QDialog>

class QSpinBox;

namespace stages {

/// "Attention rules…": the four thresholds of the needs-attention list, with a button back to
/// the defaults. The caller stores the result (UiSettings::setAttentionThresholds).
class AttentionRulesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AttentionRulesDialog(const AttentionThresholds &current, QWidget *parent = nullptr);

    AttentionThresholds thresholds() const;

    QSpinBox *sessionsBox() const { return m_sessions; }
    QSpinBox *failuresBox() const { return m_failures; }
    QSpinBox *inactiveBox() const { return m_inactive; }
    QSpinBox *behindBox() const { return m_behind; }

private:
    void showThresholds(const AttentionThresholds &t);

    QSpinBox *m_sessions = nullptr;
    QSpinBox *m_failures = nullptr;
    QSpinBox *m_inactive = nullptr;
    QSpinBox *m_behind = nullptr;
};

} // namespace stages
