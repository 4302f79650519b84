#pragma once

#include <QWidget>

namespace stages {

/// A calm "nothing here yet" panel: an icon, a title and one sentence.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    EmptyState(const QString &iconName, const QString &title, const QString &text, QWidget *parent = nullptr);
};

} // namespace stages
