#pragma once

#include <QListWidget>

namespace stages {

/// The navigation column of the teacher and trainer areas: icon + word per entry.
class Sidebar : public QListWidget
{
    Q_OBJECT

public:
    explicit Sidebar(QWidget *parent = nullptr);

    /// Adds an entry; @p key is what tests and code use to find it.
    void addEntry(const QString &key, const QString &iconName, const QString &text);
    int indexOf(const QString &key) const;
    void selectKey(const QString &key);
};

} // namespace stages
